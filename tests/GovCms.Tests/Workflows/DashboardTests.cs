using System.Net;
using System.Text.Json.Nodes;
using GovCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Workflows;

/// <summary>The editorial dashboard: my tasks, what waits and for how long, what was returned to me, what is scheduled, and the sites below.</summary>
public abstract class DashboardTests(GovCmsSite site)
{
    private const string Slug = Demo.SiblingCommune;
    private static readonly string Api = $"/{Slug}/api/admin";

    [Fact]
    public async Task Each_person_sees_their_tasks_returns_and_the_schedule_and_parents_see_the_counts_of_the_sites_below()
    {
        await Editorial.EnsureBoardAsync(site, Slug);
        await Editorial.EnableApprovalAsync(site, Slug);
        var waitingLong = await SubmitAsync("Báo cáo kinh tế - xã hội quý I");
        site.Services.GetRequiredService<TestClock>().Advance(TimeSpan.FromHours(26));
        var returned = await SubmitAsync("Thông báo tuyển dụng viên chức");
        var scheduled = await SubmitAsync("Lịch trực Tết Nguyên đán");

        using (var reviewer = await site.SignedInAsync(Slug, Editorial.Reviewer(Slug)))
        {
            await DecideAsync(reviewer, returned, new { action = "return", notes = "Ghi rõ số lượng cần tuyển." });
            await DecideAsync(reviewer, scheduled, new { action = "approve" });
            var mine = await DashboardAsync(reviewer);
            Assert.Equal([waitingLong], mine["myTasks"]!.AsArray().Select(t => Field(t, "contentItemId")));
        }

        using (var approver = await site.SignedInAsync(Slug, Editorial.Approver(Slug)))
        {
            var publishAt = site.Services.GetRequiredService<TestClock>().GetUtcNow().AddDays(2);
            await DecideAsync(approver, scheduled, new { action = "approve", publishAt });
        }

        using var author = await site.SignedInAsync(Slug, Demo.Author(Slug));
        var overview = await DashboardAsync(author);
        var back = Assert.Single(overview["returnedToMe"]!.AsArray());
        Assert.Equal((returned, "Ghi rõ số lượng cần tuyển.", Editorial.Reviewer(Slug)), (Field(back, "contentItemId"), Field(back, "notes"), Field(back, "by")));
        Assert.Equal(scheduled, Field(Assert.Single(overview["scheduled"]!.AsArray()), "contentItemId"));
        Assert.Equal([waitingLong], overview["waiting"]!.AsArray().Select(t => Field(t, "contentItemId")));
        Assert.Equal([0, 1, 0], overview["ages"]!.AsArray().Select(a => a!["count"]!.GetValue<int>()));
        var page = await author.PageAsync($"/{Slug}/admin");
        Assert.Contains("Bị trả lại cho tôi", page);
        Assert.Contains("Ghi rõ số lượng cần tuyển.", page);

        using var district = await site.SignedInAsync(Demo.District, Demo.Administrator(Demo.District));
        var lamSon = (await DashboardAsync(district, Demo.District))["children"]!.AsArray().Single(c => Field(c, "name") == "Phường Lam Sơn")!;
        Assert.Equal((1, 1, 1), (lamSon["waiting"]!.GetValue<int>(), lamSon["returned"]!.GetValue<int>(), lamSon["scheduled"]!.GetValue<int>()));
        using var province = await site.SignedInAsync(Demo.Province, Demo.Administrator(Demo.Province));
        var bimSon = (await DashboardAsync(province, Demo.Province))["children"]!.AsArray().Single(c => Field(c, "name") == "Thị xã Bỉm Sơn")!;
        Assert.Equal((1, 1, 1), (bimSon["waiting"]!.GetValue<int>(), bimSon["returned"]!.GetValue<int>(), bimSon["scheduled"]!.GetValue<int>()));
        Assert.Contains("Biên tập ở các đơn vị cấp dưới", await province.PageAsync("/admin"));
    }

    private async Task<string> SubmitAsync(string title)
    {
        using var author = await site.SignedInAsync(Slug, Demo.Author(Slug));
        var draft = await author.CreateArticleAsync(Slug, title);
        await author.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{Api}/content/{Field(draft, "id")}/submit", new { concurrencyStamp = Field(draft, "concurrencyStamp") });
        return Field(draft, "id");
    }

    private static async Task DecideAsync(SiteClient member, string contentItemId, object decision)
    {
        var task = (await member.GetJsonAsync($"{Api}/workflows/tasks"))!.AsArray().Single(t => Field(t, "contentItemId") == contentItemId)!["id"]!.GetValue<long>();
        await member.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Post, $"{Api}/workflows/tasks/{task}", decision);
    }

    private static async Task<JsonNode> DashboardAsync(SiteClient client, string slug = Slug) =>
        (await client.GetJsonAsync($"{Demo.Base(slug)}/api/admin/workflows/dashboard"))!;
}

public sealed class DashboardOnSqlite(WorkflowSqliteSite site) : DashboardTests(site), IClassFixture<WorkflowSqliteSite>;

public sealed class DashboardOnPostgreSql(WorkflowPostgreSqlSite site) : DashboardTests(site), IClassFixture<WorkflowPostgreSqlSite>;
