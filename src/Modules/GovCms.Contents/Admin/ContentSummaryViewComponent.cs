using GovCms.Content;
using GovCms.Modules;
using GovCms.Tenants;
using Microsoft.AspNetCore.Mvc;

namespace GovCms.Contents.Admin;

public sealed record ContentTypeCounts(ContentTypeDefinition Type, int Drafts, int Published);

public sealed record ContentSummaryModel(IReadOnlyList<ContentTypeCounts> Counts, IReadOnlyList<ContentItem> LatestEdits);

/// <summary>Dashboard widget: how many drafts and published items of each type, and the latest edits.</summary>
public sealed class ContentSummaryViewComponent(IContentManager content, ModuleCatalog modules, ICurrentTenant currentTenant) : ViewComponent
{
    public const int LatestCount = 5;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var counts = new List<ContentTypeCounts>();
        foreach (var type in modules.ContentTypesOf(currentTenant.Required))
        {
            var drafts = await content.ListAsync(new ContentQuery(type.Name, ContentStatus.Draft, PageSize: 1));
            var published = await content.ListAsync(new ContentQuery(type.Name, ContentStatus.Published, PageSize: 1));
            counts.Add(new ContentTypeCounts(type, drafts.Total, published.Total));
        }

        var latest = await content.ListAsync(new ContentQuery(PageSize: LatestCount));
        return View(new ContentSummaryModel(counts, latest.Items));
    }
}
