using GovCms.Data;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Content;

/// <summary>
/// Keeps <see cref="ContentReference"/> rows in step with content inside the content operation's SaveChanges, as
/// the declared indexes are: rows of the latest version (<c>Latest</c>) and of the published one (<c>Published</c>),
/// one set with both flags when they are the same version; none once the item is deleted.
/// </summary>
internal sealed class ContentReferenceHandler(GovCmsDbContext db, ContentReferenceReader reader) : IContentHandler
{
    public Task CreatingAsync(ContentContext context) => NewLatestAsync(context);

    public Task UpdatingAsync(ContentContext context) => NewLatestAsync(context);

    public async Task PublishedAsync(ContentContext context)
    {
        db.RemoveRange(await RowsAsync(context.Item.ContentItemId));
        Add(context.Item, latest: true, published: true);
    }

    public async Task UnpublishingAsync(ContentContext context)
    {
        var rows = await RowsAsync(context.Item.ContentItemId);
        db.RemoveRange(rows.Where(r => r.Published && !r.Latest));
        rows.Where(r => r.Published).ToList().ForEach(r => r.Published = false);
    }

    public async Task RemovingAsync(ContentContext context) => db.RemoveRange(await RowsAsync(context.Item.ContentItemId));

    /// <summary>A new latest version: the old latest rows go, unless they are the published version's, which stay as such.</summary>
    private async Task NewLatestAsync(ContentContext context)
    {
        var rows = await RowsAsync(context.Item.ContentItemId);
        db.RemoveRange(rows.Where(r => r.Latest && !r.Published));
        rows.Where(r => r.Latest && r.Published).ToList().ForEach(r => r.Latest = false);
        Add(context.Item, latest: true, published: false);
    }

    private void Add(ContentItem item, bool latest, bool published)
    {
        foreach (var row in reader.Of(item))
        {
            row.Latest = latest;
            row.Published = published;
            db.Add(row);
        }
    }

    /// <summary>The item's rows of the current site: stored (tracked) and added earlier in this unit of work.</summary>
    private async Task<List<ContentReference>> RowsAsync(string contentItemId)
    {
        var stored = CreatedInThisUnit.Holds(db, contentItemId) ? [] : await db.Set<ContentReference>().Where(r => r.FromItemId == contentItemId).ToListAsync();
        var added = UnitOfWork.Added<ContentReference>(db, r => r.FromItemId == contentItemId);
        return [.. stored.Union(added)];
    }
}
