using GovCms.Content;
using GovCms.Contents.Categories;
using GovCms.Contents.Public;
using GovCms.Hosting;
using GovCms.Tenants;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace GovCms.Contents.Controllers;

/// <summary>The home page of a site: the lead story and featured news, latest news, the sections with content, quick links, the sites below.</summary>
[OutputCache(PolicyName = PortalCaching.PolicyName)]
public sealed class HomeController(
    IContentManager content, CategoryService categories, ICurrentTenant current, ITenantCatalog catalog, PortalFragments fragments,
    ISiteSettings<ContentsSettings> settings) : Controller
{
    private const int SectionCount = 4;

    [HttpGet("/")]
    public async Task<IActionResult> Home(CancellationToken cancellationToken)
    {
        var tenant = current.Required;
        var lists = await fragments.GetOrCreateAsync(tenant, "home", () => ListsAsync(cancellationToken), cancellationToken);
        var quickLinks = tenant.Menu.SelectMany(entry => entry.Children.Prepend(entry)).Where(entry => entry.QuickLink).ToList();
        return View(new HomeViewModel(lists.Featured, lists.Latest, lists.Sections, quickLinks, catalog.Children(tenant.Id)));
    }

    private async Task<HomeLists> ListsAsync(CancellationToken cancellationToken)
    {
        var (featuredCount, latestCount) = (settings.Value.FeaturedCount, settings.Value.LatestCount);
        var featured = featuredCount > 0 ? await categories.LatestPublishedAsync(ContentsModule.FeaturedCategory, featuredCount, cancellationToken) : Array.Empty<ContentItem>();
        var latest = (await content.LatestPublishedAsync(ContentsModule.Article.Name, latestCount + featuredCount, cancellationToken))
            .Where(item => featured.All(f => f.ContentItemId != item.ContentItemId))
            .Take(latestCount);
        var sections = (await categories.SectionsAsync(ContentsModule.FeaturedCategory, SectionCount, cancellationToken))
            .Select(section => new HomeSection(section.Category.Name, $"/chuyen-muc/{section.Category.Slug}", PublishedLinks.From(section.Items, content)))
            .ToList();
        return new HomeLists(
            featured.Select(item => PublishedItem.From(item, ContentsModule.Article)).ToList(),
            latest.Select(item => PublishedItem.From(item, ContentsModule.Article)).ToList(),
            sections);
    }

    /// <summary>What the home page reads from the database, kept as a fragment until the site changes.</summary>
    private sealed record HomeLists(IReadOnlyList<PublishedItem> Featured, IReadOnlyList<PublishedItem> Latest, IReadOnlyList<HomeSection> Sections);
}
