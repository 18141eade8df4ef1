using GovCms.Contents.Public;
using GovCms.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace GovCms.Contents.Controllers;

/// <summary>/tim-kiem?q=...: the header's search box leads here (see <see cref="PublicSearch"/>).</summary>
[OutputCache(PolicyName = PortalCaching.PolicyName)]
public sealed class SearchController(PublicSearch search) : Controller
{
    [HttpGet("tim-kiem")]
    public async Task<IActionResult> Search(string? q, int page = 1, CancellationToken cancellationToken = default)
    {
        var query = (q ?? "").Trim();
        if (query.Length > PublicSearch.MaxQueryLength)
        {
            query = query[..PublicSearch.MaxQueryLength];
        }

        return View(await search.SearchAsync(query, page, cancellationToken));
    }
}
