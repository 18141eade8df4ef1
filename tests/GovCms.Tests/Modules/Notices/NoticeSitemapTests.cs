using System.Net;
using System.Xml.Linq;
using GovCms.Samples.Notices;
using GovCms.Tests.Infrastructure;
using static GovCms.Tests.Infrastructure.SiteClient;
using static GovCms.Tests.Modules.Notices.NoticeNetwork;

namespace GovCms.Tests.Modules.Notices;

/// <summary>
/// The sitemap and robots.txt are the engine's: on a host without the news module they still answer, list the listing and
/// the published items of a module's type where the module is on, and drop them where it is switched off.
/// </summary>
public abstract class NoticeSitemapTests(GovCmsSite site)
{
    [Fact]
    public async Task The_engine_sitemap_lists_a_modules_published_items_only_where_the_module_is_on()
    {
        using var admin = await site.SignedInAsync(SiblingCommune, Demo.Administrator(SiblingCommune));
        var published = await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/{SiblingCommune}/api/admin/content/Notice",
            new { displayText = "Thông báo lịch cắt điện", publish = true, parts = new { noticePart = new { number = "21/TB", issuedOn = "2026-03-02" } } });
        var draft = await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/{SiblingCommune}/api/admin/content/Notice",
            new { displayText = "Thông báo còn là bản nháp", parts = new { noticePart = new { number = "22/TB", issuedOn = "2026-03-03" } } });
        var prefix = NoticesModule.Notice.RoutePrefix;

        var locations = await LocationsAsync($"/{SiblingCommune}/sitemap.xml");
        Assert.Contains($"http://localhost/{SiblingCommune}/{prefix}", locations);
        Assert.Contains($"http://localhost/{SiblingCommune}/{prefix}/{Field(published, "slug")}", locations);
        Assert.DoesNotContain($"http://localhost/{SiblingCommune}/{prefix}/{Field(draft, "slug")}", locations);
        Assert.DoesNotContain($"http://localhost/{SiblingCommune}/", locations); // the home page is the news module's, not on this host
        var robots = await site.Client().PageAsync($"/{SiblingCommune}/robots.txt");
        Assert.Contains($"Sitemap: http://localhost/{SiblingCommune}/sitemap.xml", robots);
        Assert.DoesNotContain("tim-kiem", robots);

        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/{SiblingCommune}/api/admin/features/{NoticesModule.Id}", new { enabled = false });
        try
        {
            Assert.DoesNotContain(await LocationsAsync($"/{SiblingCommune}/sitemap.xml"), url => url.Contains($"/{prefix}", StringComparison.Ordinal));
        }
        finally
        {
            await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/{SiblingCommune}/api/admin/features/{NoticesModule.Id}", new { enabled = true });
        }
    }

    private async Task<IReadOnlyList<string>> LocationsAsync(string url)
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var document = XDocument.Parse(await site.Client().PageAsync(url));
        return document.Root!.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value).ToList();
    }
}

public sealed class NoticeSitemapOnSqlite(NoticesSqliteSite site) : NoticeSitemapTests(site), IClassFixture<NoticesSqliteSite>;

public sealed class NoticeSitemapOnPostgreSql(NoticesPostgreSqlSite site) : NoticeSitemapTests(site), IClassFixture<NoticesPostgreSqlSite>;
