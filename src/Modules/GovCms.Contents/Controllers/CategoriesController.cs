using GovCms.Content;
using GovCms.Contents.Categories;
using GovCms.Contents.Public;
using GovCms.Hosting;
using GovCms.Rendering;
using GovCms.Tenants;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace GovCms.Contents.Controllers;

/// <summary>/chuyen-muc/{slug}: the published items of one category, newest first.</summary>
[OutputCache(PolicyName = PortalCaching.PolicyName)]
public sealed class CategoriesController(CategoryService categories, IContentManager content, ISiteSettings<ContentsSettings> settings) : Controller
{
    [HttpGet("chuyen-muc/{slug}")]
    public async Task<IActionResult> Category(string slug, int page = 1, CancellationToken cancellationToken = default)
    {
        if (await categories.FindAsync(slug, cancellationToken) is not { } category)
        {
            return NotFound();
        }

        var result = await categories.ListPublishedAsync(slug, page, settings.Value.PageSize, cancellationToken);
        if (page < 1 || page > result.PageCount)
        {
            return NotFound();
        }

        var items = result.Items
            .Select(item => content.GetType(item.ContentType) is { RoutePrefix: not null } type ? PublishedItem.From(item, type) : null)
            .OfType<PublishedItem>()
            .ToList();
        return View("Listing", new ListingViewModel(category.Name, [new("Trang chủ", "/"), new(category.Name)], items, result)
        {
            Feed = new FeedLink($"{category.Name} (RSS)", $"/chuyen-muc/{category.Slug}/rss.xml"),
        });
    }
}
