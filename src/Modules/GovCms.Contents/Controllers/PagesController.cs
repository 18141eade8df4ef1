using GovCms.Content;
using GovCms.Contents.Public;
using Microsoft.AspNetCore.Mvc;

namespace GovCms.Contents.Controllers;

/// <summary>/trang/{slug}: a page such as "Giới thiệu".</summary>
public sealed class PagesController(IContentManager content) : Controller
{
    [HttpGet("trang/{slug}")]
    public async Task<IActionResult> Page(string slug, CancellationToken cancellationToken)
    {
        var item = await content.GetPublishedBySlugAsync(ContentsModule.Page.Name, slug, cancellationToken);
        return item is null ? NotFound() : View(PublishedItem.From(item, ContentsModule.Page));
    }
}
