using System.Net;
using System.Text.Json.Nodes;
using GovCms.Tests.Infrastructure;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Workflows;

/// <summary>The editorial approval over HTTP: submit, return with notes, pass on, approve and publish, and what is refused.</summary>
public abstract class ApprovalTests(GovCmsSite site) : IAsyncLifetime
{
    private const string Slug = Demo.Commune;
    private static readonly string Api = $"/{Slug}/api/admin";

    public async Task InitializeAsync()
    {
        await Editorial.EnsureBoardAsync(site, Slug);
        await Editorial.EnableApprovalAsync(site, Slug, steps: 2, contentTypes: ["Article"]);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_article_goes_from_the_author_through_the_reviewer_and_the_approver_to_the_citizen()
    {
        using var author = await site.SignedInAsync(Slug, Demo.Author(Slug));
        using var reviewer = await site.SignedInAsync(Slug, Editorial.Reviewer(Slug));
        using var approver = await site.SignedInAsync(Slug, Editorial.Approver(Slug));
        using var citizen = site.Client();

        var draft = await author.CreateArticleAsync(Slug, "Phường Đông Sơn ra quân dọn vệ sinh kênh Bắc", body: "Sáng nay, hơn 200 người tham gia.");
        var id = Field(draft, "id");
        await author.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{Api}/content/{id}/submit", new { concurrencyStamp = Field(draft, "concurrencyStamp"), note = "Nhờ anh chị xem giúp." });
        Assert.Equal("Biên tập viên xem xét", Field(await author.GetJsonAsync($"{Api}/content/{id}/editorial"), "waitingFor"));
        Assert.Empty(await TasksForAsync(approver, id));

        var review = Assert.Single(await TasksForAsync(reviewer, id));
        var missingNotes = await reviewer.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"{Api}/workflows/tasks/{review}", new { action = "return" });
        Assert.Equal("Hãy ghi rõ cần sửa gì để tác giả biết.", missingNotes!["errors"]!["notes"]![0]!.GetValue<string>());
        await reviewer.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Post, $"{Api}/workflows/tasks/{review}",
            new { action = "return", notes = "Bổ sung số người tham gia của từng khu phố." });

        var returned = (await author.GetJsonAsync($"{Api}/content/{id}/editorial"))!["returned"]!;
        Assert.Equal("Bổ sung số người tham gia của từng khu phố.", Field(returned, "text"));
        Assert.Equal(Editorial.Reviewer(Slug), Field(returned, "by"));
        Assert.Contains("Bổ sung số người tham gia của từng khu phố.", await author.PageAsync($"/{Slug}/admin/content/{id}"));

        var fixedDraft = await author.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"{Api}/content/{id}", new
        {
            displayText = "Phường Đông Sơn ra quân dọn vệ sinh kênh Bắc", body = "Hơn 200 người của 6 khu phố tham gia.", concurrencyStamp = Field(await author.GetJsonAsync($"{Api}/content/{id}"), "concurrencyStamp"),
        });
        await author.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{Api}/content/{id}/submit", new { concurrencyStamp = Field(fixedDraft, "concurrencyStamp") });
        Assert.Null((await author.GetJsonAsync($"{Api}/content/{id}/editorial"))!["returned"]);

        await reviewer.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Post, $"{Api}/workflows/tasks/{Assert.Single(await TasksForAsync(reviewer, id))}", new { action = "approve" });
        var approval = Assert.Single(await TasksForAsync(approver, id));
        Assert.True((await approver.GetJsonAsync($"{Api}/workflows/tasks/{approval}"))!["publishesNext"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/{Slug}/tin-tuc/phuong-dong-son-ra-quan-don-ve-sinh-kenh-bac")).StatusCode);

        await approver.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Post, $"{Api}/workflows/tasks/{approval}", new { action = "approve" });
        Assert.Contains("Hơn 200 người của 6 khu phố tham gia.", await citizen.PageAsync($"/{Slug}/tin-tuc/phuong-dong-son-ra-quan-don-ve-sinh-kenh-bac"));
        Assert.Null((await author.GetJsonAsync($"{Api}/content/{id}/editorial"))!["waitingFor"]);
    }

    [Fact]
    public async Task With_approval_on_nobody_publishes_directly_whatever_the_endpoint()
    {
        using var author = await site.SignedInAsync(Slug, Demo.Author(Slug));
        using var approver = await site.SignedInAsync(Slug, Editorial.Approver(Slug));
        using var admin = await site.SignedInAsync(Slug, Demo.Administrator(Slug));

        await author.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Post, $"{Api}/content/Article", new { displayText = "Tác giả tự đăng", publish = true });
        var draft = await author.CreateArticleAsync(Slug, "Bài chưa được duyệt");
        var id = Field(draft, "id");

        var byApprover = await approver.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"{Api}/content/{id}/publish", new { concurrencyStamp = Field(draft, "concurrencyStamp") });
        Assert.Contains("phải qua quy trình \"Duyệt tin bài\" trước khi đăng", Field(byApprover, "detail"));
        var byAdmin = await admin.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"{Api}/content/Article", new { displayText = "Quản trị tự đăng", publish = true });
        Assert.Contains("Quản trị chỉ có thể đăng ngay khi ghi rõ lý do", Field(byAdmin, "detail"));

        // Pages are not under approval here: the approver publishes them directly.
        await approver.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"{Api}/content/Page", new { displayText = "Trang không cần duyệt", publish = true });
        Assert.False((await author.GetJsonAsync($"{Api}/content/{id}"))!["published"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Publishing_without_approval_needs_an_administrator_and_a_written_reason_and_is_looked_at_afterwards()
    {
        using var author = await site.SignedInAsync(Slug, Demo.Author(Slug));
        using var admin = await site.SignedInAsync(Slug, Demo.Administrator(Slug));
        using var reviewer = await site.SignedInAsync(Slug, Editorial.Reviewer(Slug));
        var draft = await author.CreateArticleAsync(Slug, "Thông báo khẩn: bão số 3 đổ bộ");
        var id = Field(draft, "id");
        var stamp = Field(draft, "concurrencyStamp");

        await author.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Post, $"{Api}/content/{id}/force-publish", new { concurrencyStamp = stamp, reason = "Khẩn" });
        var noReason = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"{Api}/content/{id}/force-publish", new { concurrencyStamp = stamp, reason = "  " });
        Assert.StartsWith("Hãy ghi lý do đăng ngay không qua duyệt", noReason!["errors"]!["reason"]![0]!.GetValue<string>());
        Assert.False((await admin.GetJsonAsync($"{Api}/content/{id}"))!["published"]!.GetValue<bool>());

        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{Api}/content/{id}/force-publish",
            new { concurrencyStamp = stamp, reason = "Bão đổ bộ trong đêm, cần thông báo sơ tán ngay." });
        Assert.True((await admin.GetJsonAsync($"{Api}/content/{id}"))!["published"]!.GetValue<bool>());
        var forced = (await admin.GetJsonAsync($"{Api}/content/{id}/editorial"))!["publishedWithoutApproval"]!;
        Assert.Equal("Bão đổ bộ trong đêm, cần thông báo sơ tán ngay.", Field(forced, "text"));

        var review = Assert.Single(await TasksForAsync(reviewer, id));
        Assert.Equal("Review", Field(await reviewer.GetJsonAsync($"{Api}/workflows/tasks/{review}"), "kind"));
        await reviewer.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Post, $"{Api}/workflows/tasks/{review}", new { action = "done" });
        Assert.Null((await admin.GetJsonAsync($"{Api}/content/{id}/editorial"))!["publishedWithoutApproval"]);
    }

    [Fact]
    public async Task A_new_draft_of_a_live_item_goes_through_approval_while_the_live_version_stays_up()
    {
        using var author = await site.SignedInAsync(Slug, Demo.Author(Slug));
        using var citizen = site.Client();
        var id = await PublishThroughApprovalAsync(author, "Lịch tiếp công dân tháng 3", "Chủ tịch tiếp công dân vào sáng thứ Hai.");
        var live = await author.GetJsonAsync($"{Api}/content/{id}");

        var draft = await author.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"{Api}/content/{id}",
            new { displayText = "Lịch tiếp công dân tháng 3", body = "Chủ tịch tiếp công dân vào sáng thứ Năm.", concurrencyStamp = Field(live, "concurrencyStamp") });
        await author.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{Api}/content/{id}/submit", new { concurrencyStamp = Field(draft, "concurrencyStamp") });
        Assert.Contains("sáng thứ Hai", await citizen.PageAsync($"/{Slug}/tin-tuc/lich-tiep-cong-dan-thang-3"));

        await ApproveAllAsync(id);
        var page = await citizen.PageAsync($"/{Slug}/tin-tuc/lich-tiep-cong-dan-thang-3");
        Assert.Contains("sáng thứ Năm", page);
        Assert.DoesNotContain("sáng thứ Hai", page);
    }

    [Fact]
    public async Task Deciding_on_an_item_changed_since_it_was_submitted_is_refused_with_an_explanation()
    {
        using var author = await site.SignedInAsync(Slug, Demo.Author(Slug));
        using var reviewer = await site.SignedInAsync(Slug, Editorial.Reviewer(Slug));
        var draft = await author.CreateArticleAsync(Slug, "Kế hoạch trồng cây đầu xuân");
        var id = Field(draft, "id");
        await author.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{Api}/content/{id}/submit", new { concurrencyStamp = Field(draft, "concurrencyStamp") });
        var task = Assert.Single(await TasksForAsync(reviewer, id));
        await author.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"{Api}/content/{id}",
            new { displayText = "Kế hoạch trồng cây đầu xuân 2026", concurrencyStamp = Field(draft, "concurrencyStamp") });

        var refused = await reviewer.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"{Api}/workflows/tasks/{task}", new { action = "approve" });
        Assert.Contains("Bài đã được sửa sau khi gửi duyệt: lúc đó là phiên bản 1, nay là phiên bản 2", Field(refused, "detail"));
        Assert.Empty(await TasksForAsync(reviewer, id));
    }

    [Fact]
    public async Task Deciding_on_an_item_published_since_it_was_submitted_is_refused_with_an_explanation()
    {
        using var author = await site.SignedInAsync(Slug, Demo.Author(Slug));
        using var reviewer = await site.SignedInAsync(Slug, Editorial.Reviewer(Slug));
        using var admin = await site.SignedInAsync(Slug, Demo.Administrator(Slug));
        var draft = await author.CreateArticleAsync(Slug, "Thông báo nghỉ Tết");
        var id = Field(draft, "id");
        await author.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{Api}/content/{id}/submit", new { concurrencyStamp = Field(draft, "concurrencyStamp") });
        var task = Assert.Single(await TasksForAsync(reviewer, id));
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{Api}/content/{id}/force-publish",
            new { concurrencyStamp = Field(draft, "concurrencyStamp"), reason = "Lịch nghỉ phải có trước giờ tan làm." });

        var refused = await reviewer.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"{Api}/workflows/tasks/{task}", new { action = "approve" });
        Assert.Contains("Việc này đã được hủy", Field(refused, "detail"));
        Assert.Contains("Quản trị đã đăng bài không qua duyệt.", Field(refused, "detail"));
    }

    [Fact]
    public async Task When_two_reviewers_decide_at_once_exactly_one_wins_and_the_other_is_told()
    {
        using var admin = await site.SignedInAsync(Slug, Demo.Administrator(Slug));
        using (var created = await admin.SendJsonAsync(HttpMethod.Post, $"{Api}/users",
                   new { userName = $"bientap2.{Slug}", displayName = "Biên tập viên 2", password = Demo.Password, roles = new[] { "Reviewer" } }))
        {
            Assert.True(created.IsSuccessStatusCode || created.StatusCode == HttpStatusCode.BadRequest);
        }

        using var author = await site.SignedInAsync(Slug, Demo.Author(Slug));
        using var first = await site.SignedInAsync(Slug, Editorial.Reviewer(Slug));
        using var second = await site.SignedInAsync(Slug, $"bientap2.{Slug}");
        using var approver = await site.SignedInAsync(Slug, Editorial.Approver(Slug));
        var draft = await author.CreateArticleAsync(Slug, "Hội nghị tổng kết năm");
        var id = Field(draft, "id");
        await author.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{Api}/content/{id}/submit", new { concurrencyStamp = Field(draft, "concurrencyStamp") });
        var task = Assert.Single(await TasksForAsync(first, id));

        var answers = await Task.WhenAll(
            first.SendJsonAsync(HttpMethod.Post, $"{Api}/workflows/tasks/{task}", new { action = "approve" }),
            second.SendJsonAsync(HttpMethod.Post, $"{Api}/workflows/tasks/{task}", new { action = "return", notes = "Sai ngày." }));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.NoContent);
        var loser = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Conflict);
        Assert.Contains("Việc này vừa được", Field(JsonNode.Parse(await loser.Content.ReadAsStringAsync()), "detail"));
        var approved = answers[0].StatusCode == HttpStatusCode.NoContent;
        Assert.Equal(approved ? 1 : 0, (await TasksForAsync(approver, id)).Count);
        Assert.Equal(approved, (await author.GetJsonAsync($"{Api}/content/{id}/editorial"))!["returned"] is null);
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }

    private async Task<string> PublishThroughApprovalAsync(SiteClient author, string title, string body)
    {
        var draft = await author.CreateArticleAsync(Slug, title, body: body);
        var id = Field(draft, "id");
        await author.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{Api}/content/{id}/submit", new { concurrencyStamp = Field(draft, "concurrencyStamp") });
        await ApproveAllAsync(id);
        return id;
    }

    private async Task ApproveAllAsync(string id)
    {
        foreach (var userName in new[] { Editorial.Reviewer(Slug), Editorial.Approver(Slug) })
        {
            using var member = await site.SignedInAsync(Slug, userName);
            await member.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Post, $"{Api}/workflows/tasks/{Assert.Single(await TasksForAsync(member, id))}", new { action = "approve" });
        }
    }

    /// <summary>The ids of the open tasks of the item in the user's task list.</summary>
    private static async Task<IReadOnlyList<long>> TasksForAsync(SiteClient member, string contentItemId) =>
        (await member.GetJsonAsync($"{Api}/workflows/tasks"))!.AsArray()
            .Where(t => Field(t, "contentItemId") == contentItemId)
            .Select(t => t!["id"]!.GetValue<long>())
            .ToList();
}

public sealed class ApprovalOnSqlite(WorkflowSqliteSite site) : ApprovalTests(site), IClassFixture<WorkflowSqliteSite>;

public sealed class ApprovalOnPostgreSql(WorkflowPostgreSqlSite site) : ApprovalTests(site), IClassFixture<WorkflowPostgreSqlSite>;
