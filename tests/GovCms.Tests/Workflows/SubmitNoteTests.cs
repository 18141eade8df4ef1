using System.Net;
using GovCms.Mail;
using GovCms.Tests.Admin;
using GovCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Workflows;

/// <summary>Finding 13: the note an author writes with "Gửi duyệt" reaches every reviewer: task page, inbox, mail.</summary>
public abstract class SubmitNoteTests(GovCmsSite site) : IAsyncLifetime
{
    private const string Slug = Demo.OtherDistrictCommune;
    private const string Note = "Số liệu đã được Chủ tịch UBND xã đồng ý công bố.";
    private static readonly string Admin = $"/{Slug}/admin";

    public async Task InitializeAsync()
    {
        await Editorial.EnsureBoardAsync(site, Slug);
        await Editorial.EnableApprovalAsync(site, Slug, steps: 2, contentTypes: ["Article"]);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_note_of_the_editor_form_is_on_the_task_page_in_the_inbox_and_in_the_mail_of_each_step()
    {
        const string title = "Kết quả thu ngân sách quý I của xã";
        using var author = await site.SignedInAsync(Slug, Demo.Author(Slug));
        var editor = $"{Admin}/content/new?type=Article";
        await author.PostFormExpectingRedirectAsync(editor, editor, [("DisplayText", title), ("SubmitNote", Note), ("intent", "submit")]);

        using var reviewer = await site.SignedInAsync(Slug, Editorial.Reviewer(Slug));
        var inbox = await reviewer.PageAsync($"{Admin}/inbox");
        Assert.Contains($"Lời nhắn của người gửi: {Note}", inbox);
        var taskPage = await TaskPageAsync(reviewer, title);
        Assert.Contains($"Lời nhắn của người gửi ({Demo.Author(Slug)}): {Note}", taskPage);
        await MailAsync(Editorial.Reviewer(Slug), title);

        var taskId = TaskIdIn(inbox, title);
        await reviewer.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Post, $"/{Slug}/api/admin/workflows/tasks/{taskId}", new { action = "approve" });

        using var approver = await site.SignedInAsync(Slug, Editorial.Approver(Slug));
        Assert.Contains($"Lời nhắn của người gửi: {Note}", await approver.PageAsync($"{Admin}/inbox"));
        Assert.Contains($"Lời nhắn của người gửi ({Demo.Author(Slug)}): {Note}", await TaskPageAsync(approver, title));
        await MailAsync(Editorial.Approver(Slug), title);
    }

    [Fact]
    public async Task Without_a_note_nothing_is_announced()
    {
        const string title = "Lịch tiếp công dân tháng 5";
        using var author = await site.SignedInAsync(Slug, Demo.Author(Slug));
        var draft = await author.CreateArticleAsync(Slug, title);
        await author.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/{Slug}/api/admin/content/{Field(draft, "id")}/submit",
            new { concurrencyStamp = Field(draft, "concurrencyStamp"), note = "   " });

        using var reviewer = await site.SignedInAsync(Slug, Editorial.Reviewer(Slug));
        Assert.DoesNotContain("Lời nhắn", await TaskPageAsync(reviewer, title));
    }

    private async Task MailAsync(string to, string title)
    {
        var folder = site.Services.GetRequiredService<IOptions<MailOptions>>().Value.PickupDirectory!;
        Eml? mail = null;
        await Editorial.EventuallyAsync(() =>
        {
            mail = Eml.All(folder).FirstOrDefault(m => m.To == Editorial.EmailOf(to) && m.Subject.Contains(title, StringComparison.Ordinal));
            return Task.FromResult(mail is not null);
        }, $"the mail to {to}");
        Assert.Contains($"Lời nhắn của {Demo.Author(Slug)}: {Note}", mail!.Body);
    }

    private static async Task<string> TaskPageAsync(SiteClient client, string title) =>
        await client.PageAsync($"{Admin}/tasks/{TaskIdIn(await client.PageAsync($"{Admin}/inbox"), title)}");

    private static string TaskIdIn(string inbox, string title) =>
        System.Text.RegularExpressions.Regex.Match(inbox, $"admin/tasks/(\\d+)\">{System.Text.RegularExpressions.Regex.Escape(title)}</a>").Groups[1].Value;
}

public sealed class SubmitNoteOnSqlite(WorkflowSqliteSite site) : SubmitNoteTests(site), IClassFixture<WorkflowSqliteSite>;

public sealed class SubmitNoteOnPostgreSql(WorkflowPostgreSqlSite site) : SubmitNoteTests(site), IClassFixture<WorkflowPostgreSqlSite>;
