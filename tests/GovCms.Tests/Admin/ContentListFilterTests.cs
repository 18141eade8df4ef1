using System.Net;
using System.Text.RegularExpressions;
using GovCms.Tests.Infrastructure;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Admin;

/// <summary>The news list's category filter, declared over the category index: page and API, paging links, refused values.</summary>
public abstract class ContentListFilterTests(GovCmsSite site)
{
    private const string Commune = Demo.SiblingCommune;
    private static readonly string Api = $"/{Commune}/api/admin/content";
    private static readonly string List = $"/{Commune}/admin/content?type=Article";

    [Fact]
    public async Task The_category_filter_narrows_the_list_and_the_api_and_the_paging_links_keep_it()
    {
        using var admin = await site.SignedInAsync(Commune, Demo.Administrator(Commune));
        await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/{Commune}/api/admin/categories", new { name = "Phòng chống thiên tai", slug = "phong-chong-thien-tai" });
        for (var i = 1; i <= 21; i++)
        {
            await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"{Api}/Article",
                new { displayText = $"Diễn tập phòng chống bão số {i}", categories = new[] { "phong-chong-thien-tai" } });
        }

        await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"{Api}/Article", new { displayText = "Tin ngoài chuyên mục", categories = new[] { "tin-tuc-su-kien" } });

        var filtered = await admin.GetJsonAsync($"{Api}?type=Article&category=phong-chong-thien-tai&pageSize=100");
        Assert.Equal(21, filtered!["total"]!.GetValue<int>());
        Assert.All(filtered["items"]!.AsArray(), i => Assert.StartsWith("Diễn tập phòng chống bão", Field(i, "displayText")));

        var page = await admin.PageAsync($"{List}&category=phong-chong-thien-tai");
        Assert.Matches("<label for=\"filter-category\">Chuyên mục</label>", page);
        Assert.Matches("<option value=\"phong-chong-thien-tai\" selected=\"selected\">Phòng chống thiên tai</option>", page);
        Assert.DoesNotContain("Tin ngoài chuyên mục", page);
        Assert.Contains("21 mục", page);
        var next = Regex.Match(page, "<a href=\"([^\"]+)\" rel=\"next\">").Groups[1].Value;
        Assert.Contains("category=phong-chong-thien-tai", next);
        Assert.Contains("page=2", next);
        var second = await admin.PageAsync(next);
        Assert.Contains("Trang 2 / 2", second);
        Assert.DoesNotContain("Tin ngoài chuyên mục", second);
    }

    [Fact]
    public async Task A_category_that_does_not_exist_is_refused_in_vietnamese_next_to_the_filter_and_by_the_api()
    {
        using var author = await site.SignedInAsync(Commune, Demo.Author(Commune));
        var page = await author.PageAsync($"{List}&category=khong-co");
        var error = Regex.Match(page, "<span class=\"field-validation-error\" id=\"filter-category-error\">([^<]*)</span>").Groups[1].Value;
        Assert.StartsWith("Chuyên mục: \"khong-co\" không có trong danh sách.", error);
        Assert.Matches("<select id=\"filter-category\" name=\"category\" aria-invalid=\"true\" aria-describedby=\"filter-category-error\">", page);

        var refused = await author.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, $"{Api}?type=Article&category=khong-co");
        Assert.StartsWith("Chuyên mục: \"khong-co\" không có trong danh sách.", refused!["errors"]!["category"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Pages_have_no_category_filter()
    {
        using var author = await site.SignedInAsync(Commune, Demo.Author(Commune));
        var page = await author.PageAsync($"/{Commune}/admin/content?type=Page");
        Assert.DoesNotContain("filter-category", page);
    }
}

public sealed class ContentListFilterSqliteTests(SqliteSite site) : ContentListFilterTests(site), IClassFixture<SqliteSite>;

public sealed class ContentListFilterPostgreSqlTests(PostgreSqlSite site) : ContentListFilterTests(site), IClassFixture<PostgreSqlSite>;
