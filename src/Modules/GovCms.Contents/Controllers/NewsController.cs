using GovCms.Content;
using GovCms.Contents.Public;
using GovCms.Rendering;
using Microsoft.AspNetCore.Mvc;

namespace GovCms.Contents.Controllers;

/// <summary>/tin-tuc: the news, newest first, and one article.</summary>
public sealed class NewsController(IContentManager content) : Controller
{
    public const int PageSize = 10;

    [HttpGet("tin-tuc")]
    public async Task<IActionResult> NewsList(int page = 1, CancellationToken cancellationToken = default)
    {
        var result = await content.ListPublishedAsync(new ContentQuery(ContentsModule.Article.Name, Page: page, PageSize: PageSize), cancellationToken);
        if (page < 1 || page > result.PageCount)
        {
            return NotFound();
        }

        var title = ContentsModule.Article.DisplayName;
        var items = result.Items.Select(item => PublishedItem.From(item, ContentsModule.Article)).ToList();
        return View("Listing", new ListingViewModel(title, [new("Trang chủ", "/"), new(title)], items, result));
    }

    /// <summary>One query: the published version by its slug; a draft or an unknown slug is 404.</summary>
    [HttpGet("tin-tuc/{slug}")]
    public async Task<IActionResult> Article(string slug, CancellationToken cancellationToken)
    {
        var item = await content.GetPublishedBySlugAsync(ContentsModule.Article.Name, slug, cancellationToken);
        return item is null ? NotFound() : View(PublishedItem.From(item, ContentsModule.Article));
    }
}
