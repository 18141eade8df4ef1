using System.Text.Json.Nodes;
using GovCms.Content.Fields;
using GovCms.Data;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Content.Parts;

/// <summary>
/// Both ends of the link fields of the site's items, from the references of their latest versions
/// (<see cref="ContentReference"/>): what an item names (by the relation type's label, or the field's relation) and
/// what names it (by the type's or the field's inverse), then the item's external links (kept in its data only).
/// A link whose item is gone is answered with <c>Exists = false</c>.
/// </summary>
internal sealed class ContentRelations(GovCmsDbContext db, ContentPartCatalog parts) : IContentRelations
{
    public async Task<IReadOnlyList<ContentRelation>> OfAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var links = db.Set<ContentReference>().AsNoTracking().Where(r => r.Kind == ContentReferenceKinds.Link && r.Latest);
        var outgoing = await links.Where(r => r.FromItemId == contentItemId).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var incoming = await links.Where(r => r.Target == contentItemId && r.FromItemId != contentItemId).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var relations = outgoing.Select(r => (Label: Label(r, incoming: false), Type: TypeOf(r), Id: r.Target, Incoming: false))
            .Concat(incoming.Select(r => (Label: Label(r, incoming: true), Type: TypeOf(r), Id: r.FromItemId, Incoming: true)))
            .ToList();

        var ids = relations.Select(r => r.Id).Distinct().ToList();
        var found = await db.Set<ContentItemRecord>().AsNoTracking().Where(i => ids.Contains(i.Id))
            .Select(i => new { i.Id, i.DisplayText, i.ContentType }).ToDictionaryAsync(i => i.Id, cancellationToken);
        var answered = relations.Distinct()
            .Select(r => (found.TryGetValue(r.Id, out var item)
                ? new ContentRelation(r.Label, r.Id, item.DisplayText, item.ContentType, true)
                : new ContentRelation(r.Label, r.Id, null, null, false)) with { Type = r.Type, Incoming = r.Incoming })
            .ToList();
        answered.AddRange(await ExternalAsync(contentItemId, cancellationToken));
        return answered;
    }

    /// <summary>The external links of the item's latest version, in the order of its fields.</summary>
    private async Task<IEnumerable<ContentRelation>> ExternalAsync(string contentItemId, CancellationToken cancellationToken)
    {
        var latest = await db.Set<ContentVersionRecord>().AsNoTracking().Where(v => v.ContentItemId == contentItemId && v.Latest)
            .Select(v => new { v.ContentType, v.Data }).SingleOrDefaultAsync(cancellationToken);
        if (latest is null || JsonNode.Parse(latest.Data) is not JsonObject data)
        {
            return [];
        }

        var external = new List<ContentRelation>();
        foreach (var part in data.Where(p => p.Value is JsonObject).Select(p => parts.Find(p.Key)).OfType<ContentPartDefinition>())
        {
            foreach (var field in part.Fields.Where(f => f.Attribute is ContentLinkFieldAttribute { AllowExternal: true }))
            {
                var attribute = (ContentLinkFieldAttribute)field.Attribute;
                foreach (var link in (data[part.Name]![field.Key] as JsonArray ?? []).OfType<JsonObject>())
                {
                    if (link["contentItemId"]?.GetValue<string>() is { Length: > 0 })
                    {
                        continue;
                    }

                    var type = link["type"]?.GetValue<string>();
                    external.Add(new ContentRelation(TypeLabel(attribute, type, incoming: false), "", link["label"]?.GetValue<string>(), null, false)
                    {
                        Type = type, Url = link["url"]?.GetValue<string>(),
                    });
                }
            }
        }

        return external;
    }

    private ContentLinkFieldAttribute? FieldOf(ContentReference link)
    {
        var dot = link.Field.IndexOf('.');
        return dot > 0 ? parts.Find(link.Field[..dot])?.Field(link.Field[(dot + 1)..])?.Attribute as ContentLinkFieldAttribute : null;
    }

    /// <summary>The relation type of a reference (stored as its relation) where its field declares types.</summary>
    private string? TypeOf(ContentReference link) =>
        FieldOf(link) is { RelationTypes.Length: > 0 } ? link.Relation : null;

    /// <summary>The name each end sees the link by: "thay thế" from the item that links, "được thay thế" from the other.</summary>
    private string Label(ContentReference link, bool incoming) =>
        FieldOf(link) is { } field ? TypeLabel(field, link.Relation, incoming) : link.Relation ?? "";

    private static string TypeLabel(ContentLinkFieldAttribute field, string? type, bool incoming) =>
        field.ParsedRelationTypes.FirstOrDefault(t => t.Key == type) is { } declared
            ? incoming ? declared.Inverse : declared.Label
            : incoming ? field.Inverse : field.Relation;
}
