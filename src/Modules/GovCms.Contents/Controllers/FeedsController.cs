using GovCms.Content;
using GovCms.Contents.Categories;
using GovCms.Contents.Public;
using GovCms.Hosting;
using GovCms.Rendering;
using GovCms.Tenants;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace GovCms.Contents.Controllers;

/// <summary>RSS 2.0: the site's news at /rss.xml, a category's items at /chuyen-muc/{slug}/rss.xml.</summary>
[OutputCache(PolicyName = PortalCaching.PolicyName)]
public sealed class FeedsController(IContentManager content, CategoryService categories, ICurrentTenant current, ITenantCatalog catalog) : Controller
{
    private const int Count = 20;

    [HttpGet("rss.xml")]
    public async Task<IActionResult> News(CancellationToken cancellationToken)
    {
        var items = await content.LatestPublishedAsync(ContentsModule.Article.Name, Count, cancellationToken);
        var identity = SiteIdentity.For(current.Required, catalog);
        return Feed($"Tin tức - {identity.ShortName}", "/tin-tuc", "/rss.xml", $"Tin tức mới của cổng thông tin điện tử {identity.FullName}.", items);
    }

    [HttpGet("chuyen-muc/{slug}/rss.xml")]
    public async Task<IActionResult> Category(string slug, CancellationToken cancellationToken)
    {
        if (await categories.FindAsync(slug, cancellationToken) is not { } category)
        {
            return NotFound();
        }

        var items = await categories.LatestPublishedAsync(slug, Count, cancellationToken);
        var identity = SiteIdentity.For(current.Required, catalog);
        return Feed($"{category.Name} - {identity.ShortName}", $"/chuyen-muc/{slug}", $"/chuyen-muc/{slug}/rss.xml",
            $"Chuyên mục {category.Name} của cổng thông tin điện tử {identity.FullName}.", items, category.Name);
    }

    private ContentResult Feed(string title, string page, string self, string description, IReadOnlyList<ContentItem> items, string? category = null)
    {
        string Absolute(string path) => TenantUrls.Absolute(Request, TenantUrls.Href(Request, path));
        var entries = items
            .Select(item => content.GetType(item.ContentType) is { RoutePrefix: { } prefix } type ? (Item: PublishedItem.From(item, type), Prefix: prefix) : default)
            .Where(entry => entry.Item is not null)
            .Select(entry => new RssFeed.Entry(entry.Item.Title, Absolute(entry.Item.Href), entry.Item.Summary, entry.Item.DateUtc ?? DateTime.UnixEpoch, category))
            .ToList();
        return Content(RssFeed.Write(title, Absolute(page), Absolute(self), description, entries), RssFeed.ContentType);
    }
}
