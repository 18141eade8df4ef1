using System.Net;
using GovCms.Tests.Infrastructure;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Engine;

public abstract class ContentLifecycleTests(GovCmsSite site)
{
    private const string Commune = Demo.OtherDistrictCommune;

    [Fact]
    public async Task History_keeps_every_version_and_restore_makes_an_old_one_the_latest_draft()
    {
        using var editor = await site.SignedInAsync(Commune, Demo.Administrator(Commune));
        var v1 = await editor.CreateArticleAsync(Commune, "Quy chế làm việc", body: "Bản thứ nhất.");
        var url = $"/{Commune}/api/admin/content/{Field(v1, "id")}";
        var v2 = await editor.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, url,
            new { displayText = "Quy chế làm việc (sửa đổi)", body = "Bản thứ hai.", concurrencyStamp = Field(v1, "concurrencyStamp") });

        var history = (await editor.GetJsonAsync($"{url}/versions"))!.AsArray();
        Assert.Equal([2, 1], history.Select(v => v!["version"]!.GetValue<int>()));
        Assert.Equal("Bản thứ nhất.", Field(await editor.GetJsonAsync($"{url}/versions/1"), "body"));

        var v3 = await editor.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{url}/versions/1/restore", new { concurrencyStamp = Field(v2, "concurrencyStamp") });
        Assert.Equal(3, v3!["version"]!.GetValue<int>());
        Assert.Equal("Quy chế làm việc", Field(v3, "displayText"));
        Assert.Equal("Bản thứ nhất.", Field(await editor.GetJsonAsync(url), "body"));
        Assert.Equal(3, (await editor.GetJsonAsync($"{url}/versions"))!.AsArray().Count);
        await editor.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Post, $"{url}/versions/9/restore", new { concurrencyStamp = Field(v3, "concurrencyStamp") });
    }

    [Fact]
    public async Task A_removed_item_leaves_the_site_and_frees_its_slug()
    {
        using var editor = await site.SignedInAsync(Commune, Demo.Administrator(Commune));
        using var citizen = site.Client();
        var item = await editor.CreateArticleAsync(Commune, "Thông báo sẽ bị xóa", publish: true);
        var url = $"/{Commune}/api/admin/content/{Field(item, "id")}";
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync($"/{Commune}/tin-tuc/thong-bao-se-bi-xoa")).StatusCode);

        await editor.ExpectAsync(HttpStatusCode.OK, HttpMethod.Delete, $"{url}?concurrencyStamp={Field(item, "concurrencyStamp")}");

        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/{Commune}/tin-tuc/thong-bao-se-bi-xoa")).StatusCode);
        await editor.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Get, url);
        var again = await editor.CreateArticleAsync(Commune, "Thông báo sẽ bị xóa");
        Assert.Equal("thong-bao-se-bi-xoa", Field(again, "slug"));
    }

    [Fact]
    public async Task Slugs_are_folded_and_unique_per_tenant_only()
    {
        using var here = await site.SignedInAsync(Commune, Demo.Administrator(Commune));
        using var there = await site.SignedInAsync(Demo.Commune, Demo.Administrator(Demo.Commune));
        var first = await here.CreateArticleAsync(Commune, "Thông báo mời thầu - Đông Sơn");
        Assert.Equal("thong-bao-moi-thau-dong-son", Field(first, "slug"));
        Assert.Equal("thong-bao-moi-thau-dong-son", Field(await there.CreateArticleAsync(Demo.Commune, "Thông báo mời thầu - Đông Sơn"), "slug"));

        var duplicate = await here.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/{Commune}/api/admin/content/Article",
            new { displayText = "Thông báo mời thầu – Đông Sơn" });
        Assert.Contains("thong-bao-moi-thau-dong-son", duplicate!["errors"]!["slug"]![0]!.GetValue<string>());
        var empty = await here.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/{Commune}/api/admin/content/Article", new { displayText = "  " });
        Assert.Equal("Vui lòng nhập tiêu đề.", empty!["errors"]!["displayText"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Markdown_is_rendered_with_raw_html_off_and_unknown_categories_are_refused()
    {
        using var editor = await site.SignedInAsync(Commune, Demo.Administrator(Commune));
        var item = await editor.CreateArticleAsync(Commune, "Bài có mã độc", body: "**Đậm** <script>alert(1)</script> [bấm](javascript:alert(1))");
        var html = Field(item, "bodyHtml");
        Assert.Contains("<strong>Đậm</strong>", html);
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("javascript:", html);

        var refused = await editor.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/{Commune}/api/admin/content/Article",
            new { displayText = "Bài sai chuyên mục", categories = new[] { "khong-co" } });
        Assert.Contains("khong-co", refused!["detail"]!.GetValue<string>());
    }
}

public sealed class ContentLifecycleOnSqlite(SqliteSite site) : ContentLifecycleTests(site), IClassFixture<SqliteSite>;

public sealed class ContentLifecycleOnPostgreSql(PostgreSqlSite site) : ContentLifecycleTests(site), IClassFixture<PostgreSqlSite>;
