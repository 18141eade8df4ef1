using System.Net;
using GovCms.Mail;
using GovCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Workflows;

/// <summary>The inbox with its count in the admin header, and e-mail written to the pickup folder.</summary>
public abstract class NotificationTests(GovCmsSite site) : IAsyncLifetime
{
    private const string Slug = Demo.SiblingCommune;
    private static readonly string Api = $"/{Slug}/api/admin";
    private static readonly string Admin = $"/{Slug}/admin";

    public async Task InitializeAsync()
    {
        await Editorial.EnsureBoardAsync(site, Slug);
        await Editorial.EnableApprovalAsync(site, Slug);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_header_counts_the_tasks_waiting_on_the_users_roles_and_the_returned_author_reads_the_notes_in_the_inbox()
    {
        using var author = await site.SignedInAsync(Slug, Demo.Author(Slug));
        using var reviewer = await site.SignedInAsync(Slug, Editorial.Reviewer(Slug));
        using var approver = await site.SignedInAsync(Slug, Editorial.Approver(Slug));
        var before = Count(await reviewer.PageAsync(Admin));

        var draft = await author.CreateArticleAsync(Slug, "Kết quả bầu cử trưởng thôn");
        var id = Field(draft, "id");
        await author.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{Api}/content/{id}/submit", new { concurrencyStamp = Field(draft, "concurrencyStamp") });
        var page = await reviewer.PageAsync(Admin);
        Assert.Equal(before + 1, Count(page));
        Assert.Contains($"{before + 1} việc chờ xử lý, 0 thông báo chưa đọc", page);
        Assert.Equal(0, Count(await approver.PageAsync(Admin)));

        var task = (await reviewer.GetJsonAsync($"{Api}/workflows/tasks"))!.AsArray().Single(t => Field(t, "contentItemId") == id)!["id"]!.GetValue<long>();
        await reviewer.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Post, $"{Api}/workflows/tasks/{task}", new { action = "return", notes = "Thiếu số phiếu của từng ứng viên." });
        Assert.Equal(before, Count(await reviewer.PageAsync(Admin)));

        var inbox = await author.PageAsync($"{Admin}/inbox");
        Assert.Contains("0 việc chờ xử lý, 1 thông báo chưa đọc", inbox);
        Assert.Contains("Bài \"Kết quả bầu cử trưởng thôn\" được trả lại để sửa", inbox);
        Assert.Contains($"{Editorial.Reviewer(Slug)} trả lại bài \"Kết quả bầu cử trưởng thôn\" với ghi chú: Thiếu số phiếu của từng ứng viên.", inbox);

        await author.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Post, $"{Api}/workflows/notifications/read");
        Assert.Equal(0, (await author.GetJsonAsync($"{Api}/workflows/notifications"))!["unread"]!.GetValue<int>());
        Assert.Equal(0, Count(await author.PageAsync(Admin)));
    }

    [Fact]
    public async Task A_task_is_mailed_to_the_people_of_its_roles_through_the_pickup_folder()
    {
        var folder = site.Services.GetRequiredService<IOptions<MailOptions>>().Value.PickupDirectory!;
        using var author = await site.SignedInAsync(Slug, Demo.Author(Slug));
        var draft = await author.CreateArticleAsync(Slug, "Thông báo thu gom rác thải cồng kềnh");
        await author.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{Api}/content/{Field(draft, "id")}/submit", new { concurrencyStamp = Field(draft, "concurrencyStamp") });

        Eml? mail = null;
        await Editorial.EventuallyAsync(() =>
        {
            mail = Eml.All(folder).FirstOrDefault(m => m.Subject.Contains("Thông báo thu gom rác thải cồng kềnh", StringComparison.Ordinal));
            return Task.FromResult(mail is not null);
        }, "the mail to the reviewers");

        Assert.Equal(Editorial.EmailOf(Editorial.Reviewer(Slug)), mail!.To);
        Assert.Equal("Việc chờ xử lý: Biên tập viên xem xét – \"Thông báo thu gom rác thải cồng kềnh\"", mail.Subject);
        Assert.Contains($"/{Slug}/admin/inbox", mail.Body);
        Assert.DoesNotContain(Eml.All(folder), m => m.To == Editorial.EmailOf(Editorial.Approver(Slug)) && m.Subject.Contains("cồng kềnh", StringComparison.Ordinal));
    }

    /// <summary>The count next to "Hộp việc" in the header; 0 when none is shown.</summary>
    private static int Count(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "class=\"header-link\"[^>]*>Hộp việc\\s*<span class=\"count\" aria-hidden=\"true\">(\\d+)</span>") is { Success: true } match
            ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
            : 0;
}

public sealed class NotificationsOnSqlite(WorkflowSqliteSite site) : NotificationTests(site), IClassFixture<WorkflowSqliteSite>;

public sealed class NotificationsOnPostgreSql(WorkflowPostgreSqlSite site) : NotificationTests(site), IClassFixture<WorkflowPostgreSqlSite>;
