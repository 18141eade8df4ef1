using System.Net;
using GovCms.Tests.Admin;
using GovCms.Tests.Infrastructure;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Security;

/// <summary>
/// Finding 8 (part): dates out of range or malformed in the content editor, its schedule and the content API,
/// and a task decision without its notes or with a time in the past, answer a Vietnamese message, never 500.
/// </summary>
public abstract class EditorBadInputTests(GovCmsSite site) : IAsyncLifetime
{
    private const string Slug = Demo.Commune;
    private const string Other = Demo.SiblingCommune;
    private static readonly string NewArticle = $"/{Slug}/admin/content/new?type=Article";

    public async Task InitializeAsync()
    {
        await Editorial.EnsureBoardAsync(site, Other);
        await Editorial.EnableApprovalAsync(site, Other, steps: 1, contentTypes: ["Article"]);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("9999-12-31T23:59")]
    [InlineData("0001-01-01T00:00")]
    [InlineData("31/12/2026 08:00")]
    [InlineData("2026-02-30T08:00")]
    public async Task A_publish_date_out_of_range_or_malformed_is_shown_next_to_the_field(string value)
    {
        using var admin = await site.SignedInAsync(Slug, Demo.Administrator(Slug));
        using var response = await admin.PostFormAsync(NewArticle, NewArticle,
            [("DisplayText", "Bài có ngày đăng lạ " + value), ("PublishDate", value), ("intent", "publish")]);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Ngày đăng", AdminPages.FieldError(page, "PublishDate"));
        Assert.Equal("Bài có ngày đăng lạ " + value, AdminPages.InputValue(page, "DisplayText"));
    }

    [Theory]
    [InlineData("9999-12-31T23:59:59Z")]
    [InlineData("0001-01-01T00:00:00+07:00")]
    [InlineData("1800-01-01T00:00:00Z")]
    [InlineData("không phải ngày")]
    public async Task The_content_api_answers_a_bad_publish_date_with_400_and_the_field(string value)
    {
        using var admin = await site.SignedInAsync(Slug, Demo.Administrator(Slug));
        var problem = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/{Slug}/api/admin/content/Article",
            new { displayText = "Bài API có ngày lạ", publishDate = value, publish = true });
        Assert.NotNull(problem!["errors"]!["publishDate"]);

        var item = await admin.CreateArticleAsync(Slug, "Bài API sửa ngày lạ " + value);
        var update = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Put, $"/{Slug}/api/admin/content/{Field(item, "id")}",
            new { displayText = "Bài API sửa ngày lạ", publishDate = value, concurrencyStamp = Field(item, "concurrencyStamp") });
        Assert.NotNull(update!["errors"]!["publishDate"]);
    }

    [Theory]
    [InlineData("9999-12-31T23:59")]
    [InlineData("0001-01-01T00:00")]
    [InlineData("ngày mai")]
    public async Task A_schedule_out_of_range_or_malformed_is_refused_with_a_message(string value)
    {
        using var admin = await site.SignedInAsync(Slug, Demo.Administrator(Slug));
        var item = await admin.CreateArticleAsync(Slug, "Bài hẹn giờ lạ " + value);
        var editor = $"/{Slug}/admin/content/{Field(item, "id")}";
        using var response = await admin.PostFormAsync(editor, $"{editor}/schedule",
            [("concurrencyStamp", Field(item, "concurrencyStamp")), ("scheduledPublish", "2026-12-01T08:00"), ("scheduledUnpublish", value)]);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Thời điểm gỡ", AdminPages.FieldError(page, "scheduledUnpublish"));
        Assert.Equal(value, AdminPages.InputValue(page, "scheduledUnpublish"));
        Assert.DoesNotContain("Hẹn giờ đăng lúc", await admin.PageAsync(editor));
    }

    [Fact]
    public async Task A_schedule_in_the_past_is_shown_next_to_its_field()
    {
        using var admin = await site.SignedInAsync(Slug, Demo.Administrator(Slug));
        var item = await admin.CreateArticleAsync(Slug, "Bài hẹn giờ đã qua");
        var editor = $"/{Slug}/admin/content/{Field(item, "id")}";
        using var response = await admin.PostFormAsync(editor, $"{editor}/schedule",
            [("concurrencyStamp", Field(item, "concurrencyStamp")), ("scheduledPublish", "2020-01-01T08:00"), ("scheduledUnpublish", "")]);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Thời điểm đăng phải sau hiện tại.", AdminPages.FieldError(page, "scheduledPublish"));
    }

    [Theory]
    [InlineData("9999-12-31T23:59:59Z")]
    [InlineData("0001-01-01T00:00:00+07:00")]
    [InlineData("không phải ngày")]
    public async Task The_schedule_api_answers_a_bad_time_with_400(string value)
    {
        using var admin = await site.SignedInAsync(Slug, Demo.Administrator(Slug));
        var item = await admin.CreateArticleAsync(Slug, "Bài API hẹn giờ lạ " + value);
        var problem = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/{Slug}/api/admin/content/{Field(item, "id")}/schedule",
            new { concurrencyStamp = Field(item, "concurrencyStamp"), unpublishAt = value });
        Assert.NotNull(problem!["errors"]!["unpublishAt"]);
    }

    [Fact]
    public async Task A_return_without_notes_shows_the_task_page_again_with_the_message_next_to_the_notes()
    {
        var (approver, task) = await TaskAsync("Bài trả lại không ghi chú");
        using (approver)
        {
            using var response = await approver.PostFormAsync(task, task, [("Action", "return"), ("Notes", "  ")]);
            var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("Hãy ghi rõ cần sửa gì để tác giả biết.", AdminPages.FieldError(page, "Notes"));
        }
    }

    [Theory]
    [InlineData("2020-01-01T08:00", "Thời điểm đăng phải sau hiện tại.")]
    [InlineData("9999-12-31T23:59", "Thời điểm đăng phải")]
    [InlineData("0001-01-01T00:00", "Thời điểm đăng phải")]
    [InlineData("", "Hãy chọn ngày và giờ đăng.")]
    [InlineData("hôm qua", "Thời điểm đăng không hợp lệ.")]
    public async Task A_publication_time_in_the_past_or_out_of_range_shows_the_task_page_again_with_the_message(string value, string message)
    {
        var (approver, task) = await TaskAsync("Bài hẹn giờ sai " + value);
        using (approver)
        {
            using var response = await approver.PostFormAsync(task, task, [("Action", "schedule"), ("PublishAt", value)]);
            var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.StartsWith(message, AdminPages.FieldError(page, "PublishAt"));
        }
    }

    /// <summary>An article of the site with approval, submitted; the approver signed in and the task page's address.</summary>
    private async Task<(SiteClient Approver, string TaskPage)> TaskAsync(string title)
    {
        using var author = await site.SignedInAsync(Other, Demo.Author(Other));
        var draft = await author.CreateArticleAsync(Other, title);
        await author.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/{Other}/api/admin/content/{Field(draft, "id")}/submit",
            new { concurrencyStamp = Field(draft, "concurrencyStamp") });
        var approver = await site.SignedInAsync(Other, Editorial.Approver(Other));
        var tasks = (await approver.GetJsonAsync($"/{Other}/api/admin/workflows/tasks"))!.AsArray();
        var id = tasks.Single(t => Field(t, "contentItemId") == Field(draft, "id"))!["id"]!.GetValue<long>();
        return (approver, $"/{Other}/admin/tasks/{id}");
    }
}

public sealed class EditorBadInputOnSqlite(WorkflowSqliteSite site) : EditorBadInputTests(site), IClassFixture<WorkflowSqliteSite>;

public sealed class EditorBadInputOnPostgreSql(WorkflowPostgreSqlSite site) : EditorBadInputTests(site), IClassFixture<WorkflowPostgreSqlSite>;
