using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using GovCms.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Portal;

/// <summary>What search engines and share previews read: meta tags, canonical links, feeds, robots.txt and sitemaps.</summary>
public abstract class PortalSeoTests(GovCmsSite site)
{
    private const string Commune = "/" + Demo.Commune;
    private const string Article = Commune + "/tin-tuc/phuong-dong-son-trien-khai-ke-hoach-chuyen-doi-so-nam-2026";

    public static TheoryData<string> Pages =>
    [
        Commune + "/",
        Commune + "/tin-tuc",
        Article,
        Commune + "/trang/gioi-thieu",
        Commune + "/chuyen-muc/van-ban",
        Commune + "/tim-kiem?q=dong+son",
        Commune + "/khong-co-trang-nay",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_has_a_description_a_canonical_link_share_tags_an_icon_and_the_news_feed(string url)
    {
        using var response = await site.Client().GetAsync(url);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Matches(@"<meta name=""description"" content=""[^""]{20,}"">", html);
        Assert.Matches(@"<link rel=""canonical"" href=""http://localhost/[^""]*"">", html);
        foreach (var property in new[] { "og:title", "og:description", "og:url", "og:type", "og:site_name" })
        {
            Assert.Matches($@"<meta property=""{property}"" content=""[^""]+"">", html);
        }

        Assert.Matches(@"<meta property=""og:image"" content=""http://localhost/[^""]+"">", html);
        Assert.Matches(@"<meta name=""twitter:card"" content=""summary_large_image"">", html);
        Assert.Matches(@"<meta name=""twitter:image"" content=""http://localhost/[^""]+"">", html);
        Assert.Contains("<link rel=\"icon\" href=\"/_content/GovCms.Themes.Portal/favicon.ico", html);
        Assert.Contains($"<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Tin tức - UBND phường Đông Sơn\" href=\"{Commune}/rss.xml\">", html);
    }

    [Fact]
    public async Task An_article_is_shared_as_an_article_with_its_own_title_summary_and_address()
    {
        var html = await site.Client().PageAsync(Article);

        Assert.Contains($"<link rel=\"canonical\" href=\"http://localhost{Article}\">", html);
        Assert.Contains("<meta property=\"og:type\" content=\"article\">", html);
        Assert.Contains("<meta property=\"og:title\" content=\"Phường Đông Sơn triển khai kế hoạch chuyển đổi số năm 2026\">", html);
        Assert.Matches(@"<meta property=""og:description"" content=""Hội nghị triển khai kế hoạch chuyển đổi số[^""]*"">", html);
        Assert.Contains($"<meta property=\"og:url\" content=\"http://localhost{Article}\">", html);
        Assert.Matches(@"<meta property=""article:published_time"" content=""\d{4}-\d\d-\d\dT", html);
    }

    [Fact]
    public async Task A_listing_is_canonical_without_other_queries_and_a_search_is_not_indexed()
    {
        var news = await site.Client().PageAsync("/tin-tuc?page=1&utm_source=zalo");
        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost/tin-tuc\">", news);

        var search = await site.Client().PageAsync(Commune + "/tim-kiem?q=ke+hoach");
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", search);
    }

    [Fact]
    public async Task The_site_feed_is_rss_2_with_absolute_links_to_the_newest_news()
    {
        using var response = await site.Client().GetAsync(Commune + "/rss.xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType?.MediaType);
        var rss = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("2.0", rss.Root!.Attribute("version")?.Value);
        var channel = rss.Root.Element("channel")!;
        Assert.Equal("Tin tức - UBND phường Đông Sơn", channel.Element("title")?.Value);
        Assert.Equal($"http://localhost{Commune}/tin-tuc", channel.Element("link")?.Value);
        var items = channel.Elements("item").ToList();
        Assert.Contains(items, item => item.Element("link")?.Value == $"http://localhost{Article}");
        Assert.All(items, item =>
        {
            Assert.StartsWith("http://localhost/", item.Element("guid")!.Value);
            Assert.True(DateTimeOffset.TryParse(item.Element("pubDate")!.Value, out _));
        });
    }

    [Fact]
    public async Task A_category_has_its_own_feed_linked_from_its_page()
    {
        var page = await site.Client().PageAsync(Commune + "/chuyen-muc/chi-dao-dieu-hanh");
        Assert.Contains($"<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Chỉ đạo điều hành (RSS)\" href=\"{Commune}/chuyen-muc/chi-dao-dieu-hanh/rss.xml\">", page);

        using var response = await site.Client().GetAsync(Commune + "/chuyen-muc/chi-dao-dieu-hanh/rss.xml");
        var channel = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Element("channel")!;
        Assert.Equal("Chỉ đạo điều hành - UBND phường Đông Sơn", channel.Element("title")?.Value);
        Assert.All(channel.Elements("item"), item => Assert.Equal("Chỉ đạo điều hành", item.Element("category")?.Value));
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client().GetAsync(Commune + "/chuyen-muc/khong-co/rss.xml")).StatusCode);
    }

    [Fact]
    public async Task Robots_txt_keeps_crawlers_out_of_the_admin_and_names_the_sitemap_of_the_site()
    {
        var commune = await site.Client().PageAsync(Commune + "/robots.txt");
        Assert.Contains($"Disallow: {Commune}/admin", commune);
        Assert.Contains($"Sitemap: http://localhost{Commune}/sitemap.xml", commune);

        var root = await site.Client().PageAsync("/robots.txt");
        Assert.Contains("Disallow: /admin\n", root);
        Assert.Contains("Disallow: /*/admin\n", root);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", root);
    }

    [Fact]
    public async Task The_sitemap_lists_the_home_the_news_the_categories_and_every_published_item_of_the_site_only()
    {
        using var editor = await site.SignedInAsync(Demo.Commune, Demo.Administrator(Demo.Commune));
        var draft = await editor.CreateArticleAsync(Demo.Commune, "Bản nháp không vào sơ đồ trang");

        var locations = await LocationsAsync(Commune + "/sitemap.xml");
        Assert.Contains($"http://localhost{Commune}/", locations);
        Assert.Contains($"http://localhost{Commune}/tin-tuc", locations);
        Assert.Contains($"http://localhost{Commune}/chuyen-muc/van-ban", locations);
        Assert.Contains($"http://localhost{Article}", locations);
        Assert.Contains($"http://localhost{Commune}/trang/gioi-thieu", locations);
        Assert.DoesNotContain($"http://localhost{Commune}/tin-tuc/{Field(draft, "slug")}", locations);
        Assert.All(locations, url => Assert.StartsWith($"http://localhost{Commune}/", url));
    }

    [Fact]
    public async Task The_english_page_is_marked_as_english_and_the_press_page_shows_the_spokesperson_of_the_settings()
    {
        var english = await site.Client().PageAsync(Commune + "/trang/introduction");
        Assert.Contains("<article class=\"article\" lang=\"en\">", english);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"vi\">", english.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("lang=\"en\"", await site.Client().PageAsync(Commune + "/trang/gioi-thieu"));

        const string slug = Demo.SiblingCommune;
        using var admin = await site.SignedInAsync(slug, Demo.Administrator(slug));
        var tenant = await admin.GetJsonAsync($"/{slug}/api/admin/tenant");
        var settings = tenant!["settings"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());
        settings["SpokespersonName"] = "Trần Văn Bình";
        settings["SpokespersonTitle"] = "Phó Chủ tịch UBND phường";
        settings["SpokespersonPhone"] = "0912 345 678";
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/{slug}/api/admin/tenant", new { displayName = Field(tenant, "displayName"), settings });

        var press = await site.Client().PageAsync($"/{slug}/trang/phat-ngon-bao-chi");
        var card = Html.Element(press, "section", "contact-card");
        Assert.Contains("<dd>Trần Văn Bình</dd>", card);
        Assert.Contains("<dd>Phó Chủ tịch UBND phường</dd>", card);
        Assert.Contains("<a href=\"tel:0912345678\">0912 345 678</a>", card);
        Assert.DoesNotContain("CẦN BỔ SUNG", card); // the recipe's placeholder e-mail is left out
        var footer = Html.Text(Html.Element(press, "footer"));
        Assert.Contains("Người phát ngôn: Trần Văn Bình, Phó Chủ tịch UBND phường – 0912 345 678", footer);
    }

    private async Task<IReadOnlyList<string>> LocationsAsync(string url)
    {
        using var response = await site.Client().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(ns + "urlset", document.Root!.Name);
        return document.Root.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value).ToList();
    }
}

public sealed class PortalSeoOnSqlite(SqliteSite site) : PortalSeoTests(site), IClassFixture<SqliteSite>;

public sealed class PortalSeoOnPostgreSql(PostgreSqlSite site) : PortalSeoTests(site), IClassFixture<PostgreSqlSite>;

/// <summary>A site whose sitemap holds 5 addresses, so a small demo site needs a sitemap index.</summary>
public sealed class SmallSitemapSite : SqliteSite
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("GovCms:Sitemap:PageSize", "5");
    }
}

public sealed class SitemapIndexTests(SmallSitemapSite site) : IClassFixture<SmallSitemapSite>
{
    [Fact]
    public async Task A_site_with_more_addresses_than_a_sitemap_holds_gets_an_index_of_sitemap_pages_that_cover_them_all_once()
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        using var client = site.Client();
        var index = XDocument.Parse(await client.PageAsync($"/{Demo.Commune}/sitemap.xml"));
        Assert.Equal(ns + "sitemapindex", index.Root!.Name);
        var pages = index.Root.Elements(ns + "sitemap").Select(s => s.Element(ns + "loc")!.Value).ToList();
        Assert.True(pages.Count >= 3, $"{pages.Count} sitemap pages");
        Assert.Equal($"http://localhost/{Demo.Commune}/sitemap-1.xml", pages[0]);

        var urls = new List<string>();
        foreach (var page in pages)
        {
            var urlset = XDocument.Parse(await client.PageAsync(new Uri(page).PathAndQuery));
            var locations = urlset.Root!.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value).ToList();
            Assert.InRange(locations.Count, 1, 5);
            urls.AddRange(locations);
        }

        Assert.Equal(urls.Count, urls.Distinct().Count());
        Assert.Contains($"http://localhost/{Demo.Commune}/tin-tuc/phuong-dong-son-trien-khai-ke-hoach-chuyen-doi-so-nam-2026", urls);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{Demo.Commune}/sitemap-{pages.Count + 1}.xml")).StatusCode);
    }
}
