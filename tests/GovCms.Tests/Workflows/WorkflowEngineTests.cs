using System.Net;
using GovCms.Content;
using GovCms.Data;
using GovCms.Notifications;
using GovCms.Tests.Infrastructure;
using GovCms.Workflows;
using GovCms.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Workflows;

/// <summary>Definitions as JSON, runs started by content events, timers, notifications and web hooks.</summary>
public abstract class WorkflowEngineTests(GovCmsSite site)
{
    [Fact]
    public async Task A_definition_with_mistakes_is_refused_and_every_error_says_which_step()
    {
        const string slug = Demo.SiblingCommune;
        using var admin = await site.SignedInAsync(slug, Demo.Administrator(slug));

        var notJson = await Editorial.PutDefinitionAsync(admin, slug, "hong", "{ \"name\": ", HttpStatusCode.BadRequest);
        Assert.Contains("JSON không hợp lệ", notJson!["errors"]!["json"]![0]!.GetValue<string>());

        var wrong = await Editorial.PutDefinitionAsync(admin, slug, "hong", """
            {
              "displayName": "Quy trình sai",
              "steps": [
                { "id": "duyet", "activity": "AskForApproval" },
                { "id": "dang", "activity": "Publish", "roles": ["ThuKy"], "then": { "Published": "khong-co" } },
                { "id": "la", "activity": "ChayNhay" }
              ]
            }
            """, HttpStatusCode.BadRequest);
        var errors = wrong!["errors"]!;
        Assert.Contains("bước đầu phải là sự kiện bắt đầu quy trình", errors["steps[0]"]![0]!.GetValue<string>());
        Assert.Contains("cần chọn vai trò được hỏi ý kiến", errors["steps[0]"]![0]!.GetValue<string>());
        Assert.Contains("vai trò không có trên cổng này: ThuKy", errors["steps[1]"]![0]!.GetValue<string>());
        Assert.Contains("dẫn đến bước \"khong-co\" không có trong quy trình", errors["steps[1]"]![0]!.GetValue<string>());
        Assert.StartsWith("Bước 3: không có hoạt động \"ChayNhay\"", errors["steps[2]"]![0]!.GetValue<string>());
        await admin.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Get, $"{Demo.Base(slug)}/api/admin/workflows/definitions/hong");
    }

    [Fact]
    public async Task A_content_type_has_at_most_one_approval()
    {
        const string slug = Demo.SiblingCommune;
        using var admin = await site.SignedInAsync(slug, Demo.Administrator(slug));
        await Editorial.PutDefinitionAsync(admin, slug, "duyet-tin", Approval("Duyệt tin", "[\"Article\"]"));

        var second = await Editorial.PutDefinitionAsync(admin, slug, "duyet-moi-thu", Approval("Duyệt mọi thứ", "[]"), HttpStatusCode.BadRequest);
        Assert.Contains("Loại nội dung Article đã có quy trình duyệt \"Duyệt tin\"", second!["errors"]!["contentTypes"]![0]!.GetValue<string>());

        await Editorial.PutDefinitionAsync(admin, slug, "duyet-trang", Approval("Duyệt trang", "[\"Page\"]"));
        await admin.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Delete, $"{Demo.Base(slug)}/api/admin/workflows/definitions/duyet-tin");
        await admin.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Delete, $"{Demo.Base(slug)}/api/admin/workflows/definitions/duyet-trang");
    }

    [Fact]
    public async Task A_content_event_starts_a_run_that_sets_a_field_notifies_a_role_and_calls_an_allowed_web_hook()
    {
        const string slug = Demo.OtherDistrictCommune;
        await Editorial.EnsureBoardAsync(site, slug);
        using var admin = await site.SignedInAsync(slug, Demo.Administrator(slug));
        await Editorial.PutDefinitionAsync(admin, slug, "trang-moi", $$"""
            {
              "displayName": "Khi có trang mới",
              "contentTypes": ["Page"],
              "steps": [
                { "id": "tao", "activity": "ContentCreated" },
                { "id": "tom-tat", "activity": "SetField", "properties": { "field": "SummaryPart.Text", "value": "Trang mới của {site}: {title}" } },
                { "id": "bao", "activity": "Notify", "roles": ["Reviewer"], "properties": { "to": "roles", "subject": "Có trang mới: {title}", "message": "{actor} vừa tạo trang." } },
                { "id": "goi", "activity": "CallWebHook", "properties": { "url": "{{WebHookRecorder.AllowedPrefix}}trang-moi" } }
              ]
            }
            """);

        var page = await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/{slug}/api/admin/content/Page", new { displayText = "Lịch tiếp công dân" });
        var url = $"/{slug}/api/admin/content/{Field(page, "id")}";
        await Editorial.EventuallyAsync(async () => Field(await admin.GetJsonAsync(url), "summary") == "Trang mới của Xã Xuân Hồng: Lịch tiếp công dân",
            "the run sets the summary");

        var inbox = await site.InTenantAsync(site.Tenant(slug), async services =>
            await services.GetRequiredService<GovCmsDbContext>().Set<Notification>().Where(n => n.UserName == Editorial.Reviewer(slug)).ToListAsync());
        var notification = Assert.Single(inbox, n => n.Subject == "Có trang mới: Lịch tiếp công dân");
        Assert.Equal($"{Demo.Administrator(slug)} vừa tạo trang.", notification.Body);

        var hook = Assert.Single(site.Services.GetRequiredService<WebHookRecorder>().Calls, c => c.Url.AbsolutePath == "/hooks/trang-moi");
        Assert.Contains("\"title\":\"Lịch tiếp công dân\"", hook.Body);

        var refused = await Editorial.PutDefinitionAsync(admin, slug, "goi-la", """
            { "displayName": "Gọi lạ", "steps": [ { "id": "tao", "activity": "ContentCreated" }, { "id": "goi", "activity": "CallWebHook", "properties": { "url": "https://lgsp.thanhhoa.test.evil.example/hooks/" } } ] }
            """, HttpStatusCode.BadRequest);
        Assert.Contains("không nằm trong danh sách địa chỉ được phép gọi", refused!["errors"]!["steps[1]"]![0]!.GetValue<string>());
        await admin.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Delete, $"{Demo.Base(slug)}/api/admin/workflows/definitions/trang-moi");
    }

    [Fact]
    public async Task A_timer_resumes_its_run_when_the_time_has_come()
    {
        const string slug = Demo.District;
        using var admin = await site.SignedInAsync(slug, Demo.Administrator(slug));
        await Editorial.PutDefinitionAsync(admin, slug, "tin-ngan-han", """
            {
              "displayName": "Tin ngắn hạn: gỡ sau một giờ",
              "contentTypes": ["Article"],
              "steps": [
                { "id": "dang", "activity": "ContentPublished" },
                { "id": "cho", "activity": "Timer", "properties": { "hours": 1 } },
                { "id": "go", "activity": "Unpublish" }
              ]
            }
            """);
        var item = await admin.CreateArticleAsync(slug, "Thông báo cắt điện sáng mai", publish: true);
        var id = Field(item, "id");
        var instance = await WaitForRunAsync(slug, id, WorkflowStatus.Waiting);
        Assert.Equal("cho", instance.CurrentStepId);

        site.Services.GetRequiredService<TestClock>().Advance(TimeSpan.FromMinutes(61));
        await WaitForRunAsync(slug, id, WorkflowStatus.Finished);
        Assert.False((await admin.GetJsonAsync($"/{slug}/api/admin/content/{id}"))!["published"]!.GetValue<bool>());
        await admin.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Delete, $"/{slug}/api/admin/workflows/definitions/tin-ngan-han");
    }

    [Fact]
    public void Each_activity_name_has_one_handler()
    {
        using var scope = site.Services.CreateScope();
        var names = scope.ServiceProvider.GetServices<IActivity>().Select(a => a.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        var twice = Assert.Throws<InvalidOperationException>(() => new ActivityCatalog([.. scope.ServiceProvider.GetServices<IActivity>().Take(1), .. scope.ServiceProvider.GetServices<IActivity>().Take(1)]));
        Assert.Contains("has two handlers", twice.Message);
    }

    private async Task<WorkflowInstance> WaitForRunAsync(string slug, string contentItemId, WorkflowStatus status)
    {
        WorkflowInstance? found = null;
        await Editorial.EventuallyAsync(async () =>
        {
            found = await site.InTenantAsync(site.Tenant(slug), services => services.GetRequiredService<GovCmsDbContext>()
                .Set<WorkflowInstance>().AsNoTracking().SingleOrDefaultAsync(i => i.RecordKind == "content" && i.RecordId == contentItemId && i.Status == status));
            return found is not null;
        }, $"a run of {contentItemId} {status}");
        return found!;
    }

    private static string Approval(string displayName, string contentTypes) => $$"""
        {
          "displayName": "{{displayName}}",
          "contentTypes": {{contentTypes}},
          "steps": [
            { "id": "gui", "activity": "ContentSubmitted" },
            { "id": "duyet", "activity": "AskForApproval", "roles": ["Approver"] },
            { "id": "dang", "activity": "Publish" }
          ]
        }
        """;
}

public sealed class WorkflowEngineOnSqlite(WorkflowSqliteSite site) : WorkflowEngineTests(site), IClassFixture<WorkflowSqliteSite>;

public sealed class WorkflowEngineOnPostgreSql(WorkflowPostgreSqlSite site) : WorkflowEngineTests(site), IClassFixture<WorkflowPostgreSqlSite>;
