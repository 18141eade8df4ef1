using System.Net;
using GovCms.Content.Scheduling;
using GovCms.Data;
using GovCms.Jobs;
using GovCms.Tests.Admin;
using GovCms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Workflows;

/// <summary>Publication and withdrawal at a time, entered in Vietnam time and done by the job runner when the clock gets there.</summary>
public abstract class SchedulingTests(GovCmsSite site)
{
    private const string Slug = Demo.District;
    private static readonly string Api = $"/{Slug}/api/admin";

    private TestClock Clock => site.Services.GetRequiredService<TestClock>();

    [Fact]
    public async Task An_item_is_published_and_taken_off_at_the_times_set()
    {
        using var admin = await site.SignedInAsync(Slug, Demo.Administrator(Slug));
        using var citizen = site.Client();
        var draft = await admin.CreateArticleAsync(Slug, "Thông báo tuyển sinh lớp 1");
        var id = Field(draft, "id");
        var now = Clock.GetUtcNow();
        // Entered as 10:00 in Hà Nội, the time is 03:00 UTC: the API takes any offset and stores UTC.
        var publishAt = now.AddMinutes(30).ToOffset(TimeSpan.FromHours(7));
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{Api}/content/{id}/schedule",
            new { concurrencyStamp = Field(draft, "concurrencyStamp"), publishAt, unpublishAt = now.AddMinutes(90) });
        var status = await admin.GetJsonAsync($"{Api}/content/{id}/editorial");
        Assert.Equal(publishAt.UtcDateTime, status!["publishAtUtc"]!.GetValue<DateTime>().ToUniversalTime(), TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/{Slug}/tin-tuc/thong-bao-tuyen-sinh-lop-1")).StatusCode);

        Clock.Advance(TimeSpan.FromMinutes(31));
        await Editorial.EventuallyAsync(async () => (await citizen.GetAsync($"/{Slug}/tin-tuc/thong-bao-tuyen-sinh-lop-1")).StatusCode == HttpStatusCode.OK, "published at its time");
        Clock.Advance(TimeSpan.FromMinutes(60));
        await Editorial.EventuallyAsync(async () => (await citizen.GetAsync($"/{Slug}/tin-tuc/thong-bao-tuyen-sinh-lop-1")).StatusCode == HttpStatusCode.NotFound, "taken off at its time");
    }

    [Fact]
    public async Task Times_in_the_past_in_the_wrong_order_or_without_the_permission_are_refused()
    {
        using var admin = await site.SignedInAsync(Slug, Demo.Administrator(Slug));
        using var author = await site.SignedInAsync(Slug, Demo.Author(Slug));
        var draft = await admin.CreateArticleAsync(Slug, "Bài hẹn giờ sai");
        var url = $"{Api}/content/{Field(draft, "id")}/schedule";
        var now = Clock.GetUtcNow();

        var past = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, url, new { concurrencyStamp = Field(draft, "concurrencyStamp"), publishAt = now.AddMinutes(-5) });
        Assert.Equal("Thời điểm đăng phải sau hiện tại.", past!["errors"]!["publishAt"]![0]!.GetValue<string>());
        var order = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, url,
            new { concurrencyStamp = Field(draft, "concurrencyStamp"), publishAt = now.AddHours(2), unpublishAt = now.AddHours(1) });
        Assert.Equal("Thời điểm gỡ phải sau thời điểm đăng.", order!["errors"]!["unpublishAt"]![0]!.GetValue<string>());
        await author.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Post, url, new { concurrencyStamp = Field(draft, "concurrencyStamp"), publishAt = now.AddHours(1) });
    }

    [Fact]
    public async Task A_scheduled_draft_of_a_live_item_replaces_it_at_that_time_but_never_a_later_draft()
    {
        using var admin = await site.SignedInAsync(Slug, Demo.Administrator(Slug));
        using var citizen = site.Client();
        var live = await admin.CreateArticleAsync(Slug, "Giá nước sạch năm 2026", publish: true, body: "Giá cũ: 8.000 đồng/m³.");
        var id = Field(live, "id");
        var draft = await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"{Api}/content/{id}",
            new { displayText = "Giá nước sạch năm 2026", body = "Giá mới: 9.500 đồng/m³.", concurrencyStamp = Field(live, "concurrencyStamp") });
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{Api}/content/{id}/schedule",
            new { concurrencyStamp = Field(draft, "concurrencyStamp"), publishAt = Clock.GetUtcNow().AddMinutes(20) });
        Assert.Contains("Giá cũ", await citizen.PageAsync($"/{Slug}/tin-tuc/gia-nuoc-sach-nam-2026"));

        Clock.Advance(TimeSpan.FromMinutes(21));
        await Editorial.EventuallyAsync(async () => (await citizen.PageAsync($"/{Slug}/tin-tuc/gia-nuoc-sach-nam-2026")).Contains("Giá mới", StringComparison.Ordinal), "the draft replaces the live version");

        var later = await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"{Api}/content/{id}",
            new { displayText = "Giá nước sạch năm 2026", body = "Giá dự kiến năm sau: 10.000 đồng/m³.", concurrencyStamp = Field(await admin.GetJsonAsync($"{Api}/content/{id}"), "concurrencyStamp") });
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{Api}/content/{id}/schedule",
            new { concurrencyStamp = Field(later, "concurrencyStamp"), publishAt = Clock.GetUtcNow().AddMinutes(20) });
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"{Api}/content/{id}",
            new { displayText = "Giá nước sạch năm 2026", body = "Bản nháp chưa xong.", concurrencyStamp = Field(later, "concurrencyStamp") });
        Clock.Advance(TimeSpan.FromMinutes(21));
        var job = await WaitForJobAsync(id, j => j.CompletedUtc != null && j.Error != null);
        Assert.StartsWith("Không đăng theo lịch: Bài đã được sửa sau khi hẹn giờ đăng: lúc đó là phiên bản 3, nay là phiên bản 4", job.Error);
        Assert.Contains("Giá mới", await citizen.PageAsync($"/{Slug}/tin-tuc/gia-nuoc-sach-nam-2026"));
    }

    [Fact]
    public async Task Times_entered_in_the_editor_are_Vietnam_time_and_stored_in_UTC()
    {
        using var admin = await site.SignedInAsync(Slug, Demo.Administrator(Slug));
        var draft = await admin.CreateArticleAsync(Slug, "Hội nghị tiếp xúc cử tri");
        var id = Field(draft, "id");
        var editor = $"/{Slug}/admin/content/{id}";
        Assert.Contains("Hẹn giờ", await admin.PageAsync(editor));

        await admin.PostFormExpectingRedirectAsync(editor, $"{editor}/schedule",
            [("concurrencyStamp", Field(draft, "concurrencyStamp")), ("scheduledPublish", "2030-01-02T08:30"), ("scheduledUnpublish", "")]);
        var status = await admin.GetJsonAsync($"{Api}/content/{id}/editorial");
        Assert.Equal(new DateTime(2030, 1, 2, 1, 30, 0, DateTimeKind.Utc), status!["publishAtUtc"]!.GetValue<DateTime>().ToUniversalTime());
        var page = await admin.PageAsync(editor);
        Assert.Contains("Hẹn giờ đăng lúc <strong>02/01/2030 08:30</strong>", page);
        Assert.Contains("value=\"2030-01-02T08:30\"", page);

        await admin.PostFormExpectingRedirectAsync(editor, $"{editor}/schedule",
            [("concurrencyStamp", Field(draft, "concurrencyStamp")), ("scheduledPublish", ""), ("scheduledUnpublish", "")]);
        Assert.Contains("Đã bỏ hẹn giờ.", await admin.PageAsync(editor));
        Assert.Null((await admin.GetJsonAsync($"{Api}/content/{id}/editorial"))!["publishAtUtc"]);
    }

    private async Task<ScheduledJob> WaitForJobAsync(string contentItemId, Func<ScheduledJob, bool> condition)
    {
        ScheduledJob? found = null;
        await Editorial.EventuallyAsync(async () =>
        {
            var jobs = await site.InTenantAsync(site.Tenant(Slug), services =>
                services.GetRequiredService<GovCmsDbContext>().Set<ScheduledJob>().AsNoTracking().Where(j => j.ContentItemId == contentItemId && j.Kind == ContentJobKinds.Publish).ToListAsync());
            found = jobs.FirstOrDefault(condition);
            return found is not null;
        }, "the scheduled job");
        return found!;
    }
}

public sealed class SchedulingOnSqlite(WorkflowSqliteSite site) : SchedulingTests(site), IClassFixture<WorkflowSqliteSite>;

public sealed class SchedulingOnPostgreSql(WorkflowPostgreSqlSite site) : SchedulingTests(site), IClassFixture<WorkflowPostgreSqlSite>;
