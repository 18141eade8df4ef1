using GovCms.Content.Fields;
using GovCms.Data;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Content.Parts;

/// <summary>
/// Both ends of the link fields of the site's items, from the references of their latest versions
/// (<see cref="ContentReference"/>): what an item names (by the field's relation) and what names it (by the field's
/// inverse). A link whose item is gone is answered with <c>Exists = false</c>.
/// </summary>
internal sealed class ContentRelations(GovCmsDbContext db, ContentPartCatalog parts) : IContentRelations
{
    public async Task<IReadOnlyList<ContentRelation>> OfAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var links = db.Set<ContentReference>().AsNoTracking().Where(r => r.Kind == ContentReferenceKinds.Link && r.Latest);
        var outgoing = await links.Where(r => r.FromItemId == contentItemId).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var incoming = await links.Where(r => r.Target == contentItemId && r.FromItemId != contentItemId).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var relations = outgoing.Select(r => (Relation: r.Relation ?? "", Id: r.Target))
            .Concat(incoming.Select(r => (Relation: Inverse(r), Id: r.FromItemId)))
            .ToList();

        var ids = relations.Select(r => r.Id).Distinct().ToList();
        var found = await db.Set<ContentItemRecord>().AsNoTracking().Where(i => ids.Contains(i.Id))
            .Select(i => new { i.Id, i.DisplayText, i.ContentType }).ToDictionaryAsync(i => i.Id, cancellationToken);
        return relations.Distinct()
            .Select(r => found.TryGetValue(r.Id, out var item)
                ? new ContentRelation(r.Relation, r.Id, item.DisplayText, item.ContentType, true)
                : new ContentRelation(r.Relation, r.Id, null, null, false))
            .ToList();
    }

    /// <summary>The name the linked item sees the link by ("bị thay thế"), from the field that holds it.</summary>
    private string Inverse(ContentReference link)
    {
        var dot = link.Field.IndexOf('.');
        return dot > 0 && parts.Find(link.Field[..dot])?.Field(link.Field[(dot + 1)..])?.Attribute is ContentLinkFieldAttribute field
            ? field.Inverse
            : link.Relation ?? "";
    }
}
