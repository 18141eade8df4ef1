using GovCms.Content.Indexing;
using GovCms.Content.Parts;
using GovCms.Data;
using GovCms.Tenants;

namespace GovCms.Content;

/// <summary>
/// Keeps every declared index in step with content, inside the content operation's SaveChanges. An item has
/// the rows of its latest version (<c>Latest</c>) and of its published version (<c>Published</c>); when they
/// are the same version, one set of rows has both flags. Publishing always publishes the latest version.
/// An index is its module's: where the module that declares it (the assembly of its row type) is off, its map does
/// not run and no rows are added, while the rows already there still leave or are demoted as usual, so none is left
/// describing a version that is no longer the latest or the published one. The engine's own indexes always run.
/// </summary>
internal sealed class ContentIndexHandler(GovCmsDbContext db, ContentIndexTables tables, ContentTypeCatalog types, ICurrentTenant currentTenant, ContentPreparer preparer) : IContentHandler
{
    public Task CreatingAsync(ContentContext context) => NewLatestAsync(context);

    public Task UpdatingAsync(ContentContext context) => NewLatestAsync(context);

    public Task PublishedAsync(ContentContext context) => EachAsync(context, (table, rows) =>
    {
        db.RemoveRange(rows);
        Add(table, context.Item, latest: true, published: true);
    });

    public Task UnpublishingAsync(ContentContext context) => EachAsync(context, (_, rows) =>
    {
        db.RemoveRange(rows.Where(r => r.Published && !r.Latest));
        rows.Where(r => r.Published).ToList().ForEach(r => r.Published = false);
    });

    public Task RemovingAsync(ContentContext context) => EachAsync(context, (_, rows) => db.RemoveRange(rows));

    /// <summary>A new latest version: the old latest rows go, unless they are the published version's, which stay as such.</summary>
    private Task NewLatestAsync(ContentContext context) => EachAsync(context, (table, rows) =>
    {
        db.RemoveRange(rows.Where(r => r.Latest && !r.Published));
        rows.Where(r => r.Latest && r.Published).ToList().ForEach(r => r.Latest = false);
        Add(table, context.Item, latest: true, published: false);
    });

    /// <summary>Whether the module that declared the index is on for the site (always for the engine's indexes).</summary>
    private bool IsOn(ContentIndexTable table) =>
        types.ModuleOfImplementation(table.Declaration.RowType) is not { } module || currentTenant.Tenant is not { } tenant || tenant.HasFeature(module);

    private async Task EachAsync(ContentContext context, Action<ContentIndexTable, List<ContentIndexRow>> change)
    {
        foreach (var table in tables.All.Where(t => t.Declaration.Covers(context.Item.ContentType)))
        {
            change(table, await table.RowsAsync(db, context.Item.ContentItemId));
        }
    }

    private void Add(ContentIndexTable table, ContentItem item, bool latest, bool published)
    {
        if (!IsOn(table))
        {
            return;
        }

        var sharing = item.Get<SharingPart>();
        // An item that is never public has no rows of a published version: public readers of every index skip it.
        published = published && !(types.Find(item.ContentType) is { } type && preparer.IsWithheld(item, type));
        foreach (var row in table.Declaration.Map(item))
        {
            row.Id = 0;
            row.ContentItemId = item.ContentItemId;
            row.ContentType = item.ContentType;
            row.Latest = latest;
            row.Published = published;
            row.SharedDownward = sharing?.SharedDownward == true;
            row.SharedLevels = row.SharedDownward ? sharing!.LevelsKey() : "";
            db.Add(row);
        }
    }
}
