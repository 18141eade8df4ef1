using System.Text.Json.Nodes;
using GovCms.Content.Fields;
using GovCms.Data;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Content.Parts;

/// <summary>
/// Both ends of the link fields of the site's items, from their latest versions: what an item names (by the field's
/// relation) and what names it (by the inverse). A link whose item is gone is answered with <c>Exists = false</c>.
/// </summary>
internal sealed class ContentRelations(GovCmsDbContext db, ContentTypeCatalog types, ContentPartCatalog parts) : IContentRelations
{
    public async Task<IReadOnlyList<ContentRelation>> OfAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var latest = db.Set<ContentVersionRecord>().AsNoTracking().Where(v => v.Latest);
        var own = await latest.Where(v => v.ContentItemId == contentItemId).SingleOrDefaultAsync(cancellationToken);
        var relations = new List<(string Relation, string Id)>();
        if (own is not null)
        {
            relations.AddRange(Links(own).Select(l => (l.Field.Relation, l.Target)));
        }

        // Items that name this one: their stored JSON holds its id (ids are 32 hex digits, so the text match is exact).
        var needle = $"\"contentItemId\":\"{contentItemId}\"";
        var incoming = await latest
            .Where(v => v.ContentItemId != contentItemId && v.Data.Contains(needle) && db.Set<ContentItemRecord>().Any(i => i.Id == v.ContentItemId))
            .ToListAsync(cancellationToken);
        relations.AddRange(incoming.SelectMany(v => Links(v).Where(l => l.Target == contentItemId).Select(l => (l.Field.Inverse, v.ContentItemId))));

        var ids = relations.Select(r => r.Id).Distinct().ToList();
        var found = await db.Set<ContentItemRecord>().AsNoTracking().Where(i => ids.Contains(i.Id))
            .Select(i => new { i.Id, i.DisplayText, i.ContentType }).ToDictionaryAsync(i => i.Id, cancellationToken);
        return relations.Distinct()
            .Select(r => found.TryGetValue(r.Id, out var item)
                ? new ContentRelation(r.Relation, r.Id, item.DisplayText, item.ContentType, true)
                : new ContentRelation(r.Relation, r.Id, null, null, false))
            .ToList();
    }

    private IEnumerable<(ContentLinkFieldAttribute Field, string Target)> Links(ContentVersionRecord version)
    {
        if (types.Find(version.ContentType) is not { } type || JsonNode.Parse(version.Data) is not JsonObject data)
        {
            yield break;
        }

        foreach (var field in parts.Of(type).SelectMany(p => p.Fields).Where(f => f.Attribute is ContentLinkFieldAttribute))
        {
            foreach (var link in data[field.Part.Name]?[field.Key] as JsonArray ?? [])
            {
                if (link?["contentItemId"]?.GetValue<string>() is { } target)
                {
                    yield return ((ContentLinkFieldAttribute)field.Attribute, target);
                }
            }
        }
    }
}
