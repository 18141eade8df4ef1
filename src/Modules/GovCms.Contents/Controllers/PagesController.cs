using GovCms.Content;
using GovCms.Contents.Public;
using GovCms.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace GovCms.Contents.Controllers;

/// <summary>/trang/{slug}: a page such as "Giới thiệu".</summary>
[OutputCache(PolicyName = PortalCaching.PolicyName)]
public sealed class PagesController(IContentManager content) : Controller
{
    /// <summary>The English page the unit recipes create; its text is marked lang="en".</summary>
    public const string EnglishPage = "introduction";

    /// <summary>The press page the unit recipes create; it shows the spokesperson of the site settings.</summary>
    public const string PressPage = "phat-ngon-bao-chi";

    [HttpGet("trang/{slug}")]
    public async Task<IActionResult> Page(string slug, CancellationToken cancellationToken)
    {
        var item = await content.GetPublishedBySlugAsync(ContentsModule.Page.Name, slug, cancellationToken);
        return item is null
            ? NotFound()
            : View(new PageViewModel(PublishedItem.From(item, ContentsModule.Page), slug == EnglishPage ? "en" : null, slug == PressPage));
    }
}
