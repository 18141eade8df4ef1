using System.Globalization;
using System.Text;
using System.Xml;
using GovCms.Hosting;
using GovCms.Tenants;
using GovCms.Themes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Configuration;

namespace GovCms.Sitemaps;

/// <summary>
/// What search engines read: {site}/robots.txt and {site}/sitemap.xml, a sitemap index of
/// {site}/sitemap-{n}.xml pages when the site has more addresses than one sitemap holds
/// ("GovCms:Sitemap:PageSize", 10,000); and /favicon.ico, which leads to the theme's icon. The engine's: the addresses
/// come from the modules on at the site (<see cref="ISitemapContributor"/>) and the published items (<see cref="SiteSitemap"/>).
/// </summary>
[OutputCache(PolicyName = PortalCaching.PolicyName)]
public sealed class SeoController(SiteSitemap sitemap, ICurrentTenant current, ThemeCatalog themes, IConfiguration configuration) : Controller
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private int PageSize => Math.Max(1, configuration.GetValue("GovCms:Sitemap:PageSize", 10_000));

    [HttpGet("robots.txt")]
    public IActionResult Robots()
    {
        var tenant = current.Required;
        var site = Request.PathBase.Value ?? "";
        var text = new StringBuilder("User-agent: *\n");
        foreach (var path in new[] { "/admin", "/api/" }.Concat(sitemap.NotCrawled()))
        {
            text.Append("Disallow: ").Append(site).Append(path).Append('\n');
            if (site.Length == 0 && tenant.IsRoot)
            {
                // Crawlers read only the host's robots.txt: it speaks for the sites under a path prefix too.
                text.Append("Disallow: /*").Append(path).Append('\n');
            }
        }

        text.Append("\nSitemap: ").Append(TenantUrls.Absolute(Request, TenantUrls.Href(Request, "/sitemap.xml"))).Append('\n');
        return Content(text.ToString(), "text/plain; charset=utf-8");
    }

    [HttpGet("sitemap.xml")]
    public async Task<IActionResult> Sitemap(CancellationToken cancellationToken)
    {
        var count = await sitemap.CountAsync(cancellationToken);
        if (count <= PageSize)
        {
            return Xml(UrlSet(await sitemap.PageAsync(0, PageSize, cancellationToken)));
        }

        var pages = (count + PageSize - 1) / PageSize;
        return Xml(Write(xml =>
        {
            xml.WriteStartElement("sitemapindex", Namespace);
            for (var page = 1; page <= pages; page++)
            {
                xml.WriteStartElement("sitemap");
                xml.WriteElementString("loc", Absolute($"/sitemap-{page.ToString(CultureInfo.InvariantCulture)}.xml"));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }));
    }

    [HttpGet("sitemap-{page:int}.xml")]
    public async Task<IActionResult> SitemapPage(int page, CancellationToken cancellationToken)
    {
        var count = await sitemap.CountAsync(cancellationToken);
        var pages = (count + PageSize - 1) / PageSize;
        if (page < 1 || page > pages || pages == 1)
        {
            return NotFound();
        }

        return Xml(UrlSet(await sitemap.PageAsync((page - 1) * PageSize, PageSize, cancellationToken)));
    }

    [HttpGet("/favicon.ico")]
    public IActionResult Favicon() =>
        themes.Favicon(current.Required.Theme) is { } icon ? RedirectPermanent(icon) : NotFound();

    private string UrlSet(IReadOnlyList<SitemapUrl> urls) => Write(xml =>
    {
        xml.WriteStartElement("urlset", Namespace);
        foreach (var url in urls)
        {
            xml.WriteStartElement("url");
            xml.WriteElementString("loc", Absolute(url.Path));
            if (url.LastModifiedUtc is DateTime modified)
            {
                xml.WriteElementString("lastmod", modified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

    private string Absolute(string path) => TenantUrls.Absolute(Request, TenantUrls.Href(Request, path));

    private static string Write(Action<XmlWriter> body)
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true }))
        {
            xml.WriteStartDocument();
            body(xml);
            xml.WriteEndDocument();
        }

        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    private ContentResult Xml(string xml) => Content(xml, "application/xml; charset=utf-8");
}
