using GovCms.Content;
using GovCms.Content.Indexing;
using GovCms.Rendering;
using GovCms.Tenants;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace GovCms.Samples.Notices.Public;

/// <summary>One line of the board: a notice of this site, or one a site above shared down to it (its owner named).</summary>
public sealed record NoticeLine(string Number, string Title, string IssuedOn, string Kind, bool Urgent, string? Owner, string Href);

public sealed record NoticeBoard(IReadOnlyList<NoticeLine> Lines, ContentPage Page, IReadOnlyList<Crumb> Breadcrumb);

/// <summary>
/// /bang-niem-yet: the published notices a site shows, its own and those shared down to it, newest issued first,
/// read from the module's declared index with <see cref="SiteScope.VisibleFrom"/>. A module controller: 404 where the module is off.
/// </summary>
public sealed class NoticeBoardController(IContentIndex<NoticeIndex> index, ICurrentTenant current, ITenantCatalog catalog, ISiteSettings<NoticesSettings> settings) : Controller
{

    [HttpGet(NoticesModule.BoardSegment)]
    public async Task<IActionResult> Board(int page = 1, CancellationToken cancellationToken = default)
    {
        var site = current.Required;
        var options = settings.Value;
        var scope = options.ShowShared ? SiteScope.VisibleFrom(site.Id) : SiteScope.Site(site.Id);
        var rows = index.Query(scope).OrderByDescending(r => r.IssuedOn).ThenByDescending(r => r.Id);
        var result = await index.PageAsync(rows, page, options.BoardPageSize, cancellationToken);
        if (page < 1 || (page > 1 && result.Items.Count == 0))
        {
            return NotFound();
        }

        var lines = result.Items.Select(row => new NoticeLine(
            row.Number, row.Title, row.IssuedOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), KindLabel(row.Kind), row.Urgent,
            row.TenantId == site.Id ? null : catalog.Find(row.TenantId)?.DisplayName,
            $"/{NoticesModule.Notice.RoutePrefix}/{row.Slug}")).ToList();
        return View("Board", new NoticeBoard(lines, new ContentPage([], (int)result.Total, result.Page, result.Size), [new("Trang chủ", "/"), new("Bảng niêm yết")]));
    }

    private static string KindLabel(string kind) => kind switch
    {
        NoticePart.KindNotice => "Thông báo",
        NoticePart.KindLetter => "Công văn",
        _ => "",
    };
}
