using System.Net;
using System.Text.RegularExpressions;
using GovCms.Tests.Infrastructure;

namespace GovCms.Tests.Portal;

/// <summary>The header's search box leads to /tim-kiem, which finds published titles and summaries with or without diacritics.</summary>
public abstract class PortalSearchTests(GovCmsSite site)
{
    [Fact]
    public async Task Every_page_has_a_search_box_that_leads_to_the_search_page_of_its_site()
    {
        var home = await site.Client().PageAsync($"/{Demo.Commune}/");
        Assert.Contains($"<form class=\"search-box\" role=\"search\" aria-label=\"Tìm kiếm trên cổng thông tin\" action=\"/{Demo.Commune}/tim-kiem\" method=\"get\">", home);
        Assert.Matches(@"<input class=""search-box__input"" id=""tim-kiem-dau-trang"" name=""q"" type=""search""", home);
    }

    [Theory]
    [InlineData("chuyển đổi số")]
    [InlineData("chuyen doi so")]
    [InlineData("CHUYEN DOI")]
    [InlineData("dịch vụ công trực tuyến")] // in the summary only
    public async Task A_search_finds_a_published_item_by_its_title_or_summary_with_or_without_diacritics(string query)
    {
        var html = await site.Client().PageAsync($"/{Demo.Commune}/tim-kiem?q={Uri.EscapeDataString(query)}");
        Assert.Contains($"href=\"/{Demo.Commune}/tin-tuc/phuong-dong-son-trien-khai-ke-hoach-chuyen-doi-so-nam-2026\"", html);
        Assert.DoesNotContain("thi-xa-bim-son-trien-khai", html); // another site's article stays out
    }

    [Fact]
    public async Task Drafts_are_not_found_and_an_empty_query_or_no_result_says_so()
    {
        using var editor = await site.SignedInAsync(Demo.Commune, Demo.Administrator(Demo.Commune));
        await editor.CreateArticleAsync(Demo.Commune, "Dự thảo quy hoạch khu dân cư Bắc Sơn");
        using var citizen = site.Client();

        Assert.Contains("Không tìm thấy kết quả nào cho “Bắc Sơn khu dân cư”.", await citizen.PageAsync($"/{Demo.Commune}/tim-kiem?q=B%E1%BA%AFc%20S%C6%A1n%20khu%20d%C3%A2n%20c%C6%B0"));
        Assert.Contains("Nhập từ khóa để tìm tin tức và trang.", await citizen.PageAsync($"/{Demo.Commune}/tim-kiem"));
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync($"/{Demo.Commune}/tim-kiem?q={new string('a', 5000)}&page=99999999999")).StatusCode);
    }

    [Fact]
    public async Task Results_are_paged_ten_at_a_time()
    {
        const string slug = Demo.OtherDistrictCommune;
        using var editor = await site.SignedInAsync(slug, Demo.Administrator(slug));
        for (var i = 1; i <= 12; i++)
        {
            await editor.CreateArticleAsync(slug, $"Thông báo tiêm chủng đợt {i}", publish: true);
        }

        using var citizen = site.Client();
        var first = await citizen.PageAsync($"/{slug}/tim-kiem?q=tiem+chung");
        Assert.Contains("Tìm thấy 12 kết quả cho “tiem chung”.", first);
        Assert.Equal(10, Regex.Matches(first, "class=\"card__title\"").Count);
        Assert.Contains($"href=\"/{slug}/tim-kiem?q=tiem%20chung&page=2\" rel=\"next\"", first);
        var second = await citizen.PageAsync($"/{slug}/tim-kiem?q=tiem+chung&page=2");
        Assert.Equal(2, Regex.Matches(second, "class=\"card__title\"").Count);
    }
}

public sealed class PortalSearchOnSqlite(SqliteSite site) : PortalSearchTests(site), IClassFixture<SqliteSite>;

public sealed class PortalSearchOnPostgreSql(PostgreSqlSite site) : PortalSearchTests(site), IClassFixture<PostgreSqlSite>;
