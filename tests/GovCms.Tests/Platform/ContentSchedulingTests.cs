using System.Net;
using GovCms.Content.Scheduling;
using GovCms.Data;
using GovCms.Jobs;
using GovCms.Tests.Infrastructure;
using GovCms.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Platform;

/// <summary>Scheduled publication as a content capability of the engine, done by jobs as the system actor.</summary>
public abstract class ContentSchedulingTests(GovCmsSite site)
{
    private TestClock Clock => site.Services.GetRequiredService<TestClock>();

    [Fact]
    public async Task A_site_without_the_Workflows_module_schedules_a_publication_and_a_withdrawal_and_the_jobs_do_them()
    {
        const string slug = Demo.SiblingCommune;
        using var admin = await site.SignedInAsync(slug, Demo.Administrator(slug));
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/{slug}/api/admin/features/{WorkflowsModule.Id}", new { enabled = false });
        Assert.False(site.Tenant(slug).HasFeature(WorkflowsModule.Id));
        using var citizen = site.Client();
        var draft = await admin.CreateArticleAsync(slug, "Lịch cắt nước khu phố 3");
        var id = Field(draft, "id");
        var now = Clock.GetUtcNow();
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/{slug}/api/admin/content/{id}/schedule",
            new { concurrencyStamp = Field(draft, "concurrencyStamp"), publishAt = now.AddMinutes(30), unpublishAt = now.AddMinutes(90) });
        var status = await admin.GetJsonAsync($"/{slug}/api/admin/content/{id}/editorial");
        Assert.Equal(now.AddMinutes(30).UtcDateTime, status!["publishAtUtc"]!.GetValue<DateTime>().ToUniversalTime(), TimeSpan.FromSeconds(1));
        Assert.False(status["approvalRequired"]!.GetValue<bool>());
        Assert.Contains("Hẹn giờ", await admin.PageAsync($"/{slug}/admin/content/{id}"));
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/{slug}/tin-tuc/lich-cat-nuoc-khu-pho-3")).StatusCode);

        Clock.Advance(TimeSpan.FromMinutes(31));
        await Editorial.EventuallyAsync(async () => (await citizen.GetAsync($"/{slug}/tin-tuc/lich-cat-nuoc-khu-pho-3")).StatusCode == HttpStatusCode.OK, "published at its time");
        Clock.Advance(TimeSpan.FromMinutes(60));
        await Editorial.EventuallyAsync(async () => (await citizen.GetAsync($"/{slug}/tin-tuc/lich-cat-nuoc-khu-pho-3")).StatusCode == HttpStatusCode.NotFound, "taken off at its time");
    }

    [Fact]
    public async Task A_scheduled_publication_of_a_type_that_came_under_approval_is_refused_until_the_version_is_approved()
    {
        const string slug = Demo.OtherDistrictCommune;
        using var admin = await site.SignedInAsync(slug, Demo.Administrator(slug));
        using var citizen = site.Client();
        var draft = await admin.CreateArticleAsync(slug, "Kế hoạch tổ chức lễ hội đền");
        var id = Field(draft, "id");
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/{slug}/api/admin/content/{id}/schedule",
            new { concurrencyStamp = Field(draft, "concurrencyStamp"), publishAt = Clock.GetUtcNow().AddMinutes(30) });
        await Editorial.EnsureBoardAsync(site, slug);
        await Editorial.EnableApprovalAsync(site, slug, steps: 1);

        Clock.Advance(TimeSpan.FromMinutes(31));
        ScheduledJob? job = null;
        await Editorial.EventuallyAsync(async () =>
        {
            job = await site.InTenantAsync(site.Tenant(slug), services => services.GetRequiredService<GovCmsDbContext>().Set<ScheduledJob>().AsNoTracking()
                .SingleOrDefaultAsync(j => j.ContentItemId == id && j.Kind == ContentJobKinds.Publish && j.CompletedUtc != null));
            return job is not null;
        }, "the publication job is closed");
        Assert.Equal("Không đăng theo lịch: Tin tức trên cổng này phải qua quy trình \"Duyệt tin bài\" trước khi đăng, và phiên bản 1 chưa được duyệt: không đăng theo lịch.", job!.Error);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/{slug}/tin-tuc/ke-hoach-to-chuc-le-hoi-den")).StatusCode);
        Assert.False((await admin.GetJsonAsync($"/{slug}/api/admin/content/{id}"))!["published"]!.GetValue<bool>());
    }
}

public sealed class ContentSchedulingOnSqlite(WorkflowSqliteSite site) : ContentSchedulingTests(site), IClassFixture<WorkflowSqliteSite>;

public sealed class ContentSchedulingOnPostgreSql(WorkflowPostgreSqlSite site) : ContentSchedulingTests(site), IClassFixture<WorkflowPostgreSqlSite>;
