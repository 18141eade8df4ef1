using GovCms.Content;
using GovCms.Contents.Categories;
using GovCms.Contents.Public;
using GovCms.Tenants;
using Microsoft.AspNetCore.Mvc;

namespace GovCms.Contents.Controllers;

/// <summary>The home page of a site: featured and latest news, quick links, the sites below.</summary>
public sealed class HomeController(IContentManager content, CategoryService categories, ICurrentTenant current, ITenantCatalog catalog) : Controller
{
    private const int FeaturedCount = 3;
    private const int LatestCount = 6;

    [HttpGet("/")]
    public async Task<IActionResult> Home(CancellationToken cancellationToken)
    {
        var tenant = current.Required;
        var featured = await categories.LatestPublishedAsync(ContentsModule.FeaturedCategory, FeaturedCount, cancellationToken);
        var latest = (await content.LatestPublishedAsync(ContentsModule.Article.Name, LatestCount + FeaturedCount, cancellationToken))
            .Where(item => featured.All(f => f.ContentItemId != item.ContentItemId))
            .Take(LatestCount);
        var quickLinks = tenant.Menu.SelectMany(entry => entry.Children.Prepend(entry)).Where(entry => entry.QuickLink).ToList();
        return View(new HomeViewModel(
            featured.Select(item => PublishedItem.From(item, ContentsModule.Article)).ToList(),
            latest.Select(item => PublishedItem.From(item, ContentsModule.Article)).ToList(),
            quickLinks,
            catalog.Children(tenant.Id)));
    }
}
