using GovCms.Content;
using GovCms.Content.Parts;
using GovCms.Data;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Audit;

/// <summary>
/// Logs what happens to content, in the same save as the change: created, edited (with what changed, field
/// by field), restored, published, unpublished, deleted.
/// </summary>
internal sealed class ContentAuditHandler(IAuditLog audit, GovCmsDbContext db, ContentPartCatalog parts) : IContentHandler
{
    public Task CreatingAsync(ContentContext context)
    {
        Log(context, AuditActions.Created, new { version = context.Item.Version });
        return Task.CompletedTask;
    }

    public async Task UpdatingAsync(ContentContext context)
    {
        var item = context.Item;
        // The previous version is still the latest in the database: this save has not happened yet.
        var previous = await db.Set<ContentVersionRecord>().AsNoTracking()
            .SingleOrDefaultAsync(v => v.ContentItemId == item.ContentItemId && v.Number == item.Version - 1);
        var changes = previous is null ? [] : ContentDiff.Between(ContentRecordMapper.ToItem(previous), item, parts.IsDerived);
        Log(context, context.RestoredFromVersion is null ? AuditActions.Edited : AuditActions.Restored,
            new { version = item.Version, restoredFrom = context.RestoredFromVersion, changes });
    }

    public Task PublishedAsync(ContentContext context)
    {
        Log(context, AuditActions.Published, new { version = context.Item.Version });
        return Task.CompletedTask;
    }

    public Task UnpublishingAsync(ContentContext context)
    {
        Log(context, AuditActions.Unpublished, new { version = context.Item.Version });
        return Task.CompletedTask;
    }

    public Task RemovingAsync(ContentContext context)
    {
        Log(context, AuditActions.Deleted, new { version = context.Item.Version });
        return Task.CompletedTask;
    }

    private void Log(ContentContext context, string action, object details) =>
        audit.Add(new AuditEvent(AuditCategories.Content, action, context.Item.ContentItemId, context.Item.DisplayText) { Details = details });
}
