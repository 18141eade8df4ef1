using System.Net;
using System.Text.RegularExpressions;
using GovCms.Tests.Infrastructure;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Portal;

/// <summary>What a citizen reads: the public pages of a site, rendered by the portal theme.</summary>
public abstract class PortalPagesTests(GovCmsSite site)
{
    private static readonly string Commune = "/" + Demo.Commune;

    [Fact]
    public async Task An_article_shows_its_published_title_body_date_and_the_unit_chain()
    {
        using var editor = await site.SignedInAsync(Demo.Commune, Demo.Administrator(Demo.Commune));
        var article = await editor.CreateArticleAsync(Demo.Commune, "Khai giảng lớp bồi dưỡng kỹ năng số", publish: true,
            body: "Lớp học dành cho **cán bộ, công chức** phường.");

        var html = await site.Client().PageAsync($"{Commune}/tin-tuc/{Field(article, "slug")}");

        Assert.Contains("<h1 class=\"article__title\">Khai giảng lớp bồi dưỡng kỹ năng số</h1>", html);
        Assert.Contains("Lớp học dành cho <strong>cán bộ, công chức</strong> phường.", html);
        Assert.Matches(@"<time datetime=""\d{4}-\d{2}-\d{2}"">\d{2}/\d{2}/\d{4}</time>", html);
        var header = Html.Text(Html.Element(html, "header"));
        Assert.Contains("Ủy ban nhân dân phường Đông Sơn", header);
        Assert.Contains("thị xã Bỉm Sơn — tỉnh Thanh Hóa", header);
        Assert.Contains("<title>Khai giảng lớp bồi dưỡng kỹ năng số - UBND phường Đông Sơn</title>", html);
    }

    [Fact]
    public async Task A_draft_shows_nowhere_on_the_portal()
    {
        using var editor = await site.SignedInAsync(Demo.Commune, Demo.Administrator(Demo.Commune));
        using var citizen = site.Client();
        var draft = await editor.CreateArticleAsync(Demo.Commune, "Dự thảo kế hoạch chưa được duyệt");

        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"{Commune}/tin-tuc/{Field(draft, "slug")}")).StatusCode);
        Assert.DoesNotContain("Dự thảo kế hoạch chưa được duyệt", await citizen.PageAsync($"{Commune}/tin-tuc"));
        Assert.DoesNotContain("Dự thảo kế hoạch chưa được duyệt", await citizen.PageAsync($"{Commune}/"));
    }

    [Theory]
    [InlineData("/tin-tuc/khong-co-bai-nay")]
    [InlineData("/trang/khong-co-trang-nay")]
    [InlineData("/chuyen-muc/khong-co-chuyen-muc-nay")]
    [InlineData("/tin-tuc/gioi-thieu")] // a page is not an article
    [InlineData("/trang/ra-quan-tong-ve-sinh-moi-truong-phong-chong-dich-benh")] // an article is not a page
    [InlineData("/tin-tuc?page=99")]
    public async Task Unknown_items_and_pages_past_the_end_are_not_found(string path)
    {
        using var response = await site.Client().GetAsync(Commune + path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_news_listing_is_paged_newest_first()
    {
        // A site no other test of this class writes to: it holds the 3 demo articles.
        const string slug = Demo.OtherDistrictCommune;
        using var editor = await site.SignedInAsync(slug, Demo.Administrator(slug));
        for (var i = 1; i <= 20; i++)
        {
            await editor.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/{slug}/api/admin/content/Article",
                new { displayText = $"Bản tin số {i:00}", publish = true, publishDate = new DateTimeOffset(2026, 1, i, 3, 0, 0, TimeSpan.Zero) });
        }

        using var citizen = site.Client();
        var first = await citizen.PageAsync($"/{slug}/tin-tuc");
        var titles = Regex.Matches(first, @"<h2 class=""card__title""><a [^>]*>([^<]*)</a>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, titles.Count);
        Assert.Contains("Trang 1 trên 3", first);
        Assert.Contains($"href=\"/{slug}/tin-tuc?page=2\" rel=\"next\">Trang sau</a>", first);
        Assert.DoesNotContain("rel=\"prev\"", first);

        var last = await citizen.PageAsync($"/{slug}/tin-tuc?page=3");
        var lastTitles = Regex.Matches(last, @"<h2 class=""card__title""><a [^>]*>([^<]*)</a>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["Bản tin số 03", "Bản tin số 02", "Bản tin số 01"], lastTitles);
        Assert.Contains($"href=\"/{slug}/tin-tuc?page=2\" rel=\"prev\">Trang trước</a>", last);
        Assert.DoesNotContain("rel=\"next\"", last);
        Assert.Contains("aria-current=\"page\"><span class=\"visually-hidden\">Trang </span>3</a>", last);
    }

    [Fact]
    public async Task A_category_lists_its_items_and_an_empty_one_says_so()
    {
        using var editor = await site.SignedInAsync(Demo.Commune, Demo.Administrator(Demo.Commune));
        await editor.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"{Commune}/api/admin/content/Article",
            new { displayText = "Kế hoạch tổ chức Tết trồng cây", categories = new[] { "chi-dao-dieu-hanh" }, publish = true });

        using var citizen = site.Client();
        var category = await citizen.PageAsync($"{Commune}/chuyen-muc/chi-dao-dieu-hanh");
        Assert.Contains("<h1 class=\"page-title\">Chỉ đạo điều hành</h1>", category);
        Assert.Contains("Kế hoạch tổ chức Tết trồng cây", category);

        var empty = await citizen.PageAsync($"{Commune}/chuyen-muc/dau-thau");
        Assert.Contains("Chưa có bài viết nào trong mục này.", empty);
        Assert.DoesNotContain("card__title", empty);
    }

    [Fact]
    public async Task The_home_page_shows_featured_and_latest_news_quick_links_and_the_units_below()
    {
        const string district = "/" + Demo.District;
        var home = await site.Client().PageAsync($"{district}/");

        var featured = Html.Element(home, "section", "home-featured");
        Assert.Contains("Thị xã Bỉm Sơn triển khai kế hoạch chuyển đổi số năm 2026", featured);
        var latest = Html.Element(home, "section", "home-latest");
        Assert.DoesNotContain("chuyển đổi số", latest); // already featured
        Assert.Contains("Thông báo lịch tiếp công dân tháng 12", latest);
        Assert.Contains($"<a class=\"quick-links__link\" href=\"{district}/van-ban\">Văn bản</a>", home);
        Assert.Contains("<a class=\"quick-links__link\" href=\"https://dichvucong.gov.vn\">Cổng Dịch vụ công quốc gia</a>", home);
        Assert.Contains($"<a href=\"/{Demo.Commune}/\">Cổng thông tin phường Đông Sơn</a>", home);
    }

    [Fact]
    public async Task The_footer_shows_the_contact_settings_that_are_filled_in_and_leaves_out_the_others()
    {
        const string slug = Demo.SiblingCommune;
        using var admin = await site.SignedInAsync(slug, Demo.Administrator(slug));
        var tenant = await admin.GetJsonAsync($"/{slug}/api/admin/tenant");
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/{slug}/api/admin/tenant", new
        {
            displayName = Field(tenant, "displayName"),
            settings = new Dictionary<string, string>
            {
                ["Phone"] = "0237 3 999 888",
                ["ResponsiblePerson"] = "Lê Thị Hoa, Phó Chủ tịch UBND phường",
                // The update is partial: an empty value removes a setting.
                ["Address"] = "",
                ["Email"] = "",
                ["Licence"] = "",
            },
        });

        var footer = Html.Element(await site.Client().PageAsync($"/{slug}/"), "footer");
        Assert.Contains("<a href=\"tel:02373999888\">0237 3 999 888</a>", footer);
        Assert.Contains("Chịu trách nhiệm nội dung:</span> Lê Thị Hoa, Phó Chủ tịch UBND phường", footer);
        Assert.DoesNotContain("Địa chỉ:", footer);
        Assert.DoesNotContain("mailto:", footer);
        Assert.DoesNotContain("Quyết định số", footer);
    }
}

public sealed class PortalPagesOnSqlite(SqliteSite site) : PortalPagesTests(site), IClassFixture<SqliteSite>;

public sealed class PortalPagesOnPostgreSql(PostgreSqlSite site) : PortalPagesTests(site), IClassFixture<PostgreSqlSite>;
