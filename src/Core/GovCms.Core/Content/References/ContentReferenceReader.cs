using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GovCms.Content.Fields;
using GovCms.Content.Parts;
using GovCms.Media;

namespace GovCms.Content;

/// <summary>
/// The references of one version of an item, read from the fields its type's parts declare: every file of a
/// <see cref="FieldKind.Media"/> field, every address of the site's media inside a <see cref="FieldKind.Markdown"/>
/// field, and every item a <see cref="FieldKind.ContentLink"/> field names.
/// </summary>
internal sealed partial class ContentReferenceReader(ContentTypeCatalog types, ContentPartCatalog parts)
{
    /// <summary>New rows without tenant and flags; none for a type the host does not know.</summary>
    public IReadOnlyList<ContentReference> Of(ContentItem item)
    {
        if (types.Find(item.ContentType) is not { } type)
        {
            return [];
        }

        var found = new List<ContentReference>();
        foreach (var field in parts.Of(type).SelectMany(p => p.Fields))
        {
            var value = item.Parts[field.Part.Name]?[field.Key];
            var name = $"{field.Part.Name}.{field.Key}";
            switch (field.Attribute)
            {
                case MediaFieldAttribute:
                    found.AddRange(Strings(value).Select(MediaPath).OfType<string>().Select(path => New(item, ContentReferenceKinds.Media, path, name, null)));
                    break;
                case MarkdownFieldAttribute:
                    found.AddRange(Strings(value).SelectMany(MediaPathsIn).Select(path => New(item, ContentReferenceKinds.Media, path, name, null)));
                    break;
                case ContentLinkFieldAttribute link:
                    // An external link names no item: it has no reference (the item's own data keeps it).
                    found.AddRange((value as JsonArray ?? []).OfType<JsonObject>()
                        .Select(l => (Target: l["contentItemId"]?.GetValue<string>() ?? "", Type: l["type"]?.GetValue<string>()))
                        .Where(l => l.Target.Length > 0)
                        .Select(l => New(item, ContentReferenceKinds.Link, l.Target, name, l.Type ?? link.Relation)));
                    break;
            }
        }

        return found.DistinctBy(r => (r.Kind, r.Target, r.Field, r.Relation)).ToList();
    }

    /// <summary>"2026/03/x.pdf" of an address of media ("/xa-a/media/2026/03/x.pdf", or "/media/..." on a site's own host name).</summary>
    public static string? MediaPath(string url) => MediaPathsIn(url).FirstOrDefault();

    private static IEnumerable<string> MediaPathsIn(string text) =>
        MediaAddress().Matches(text).Select(m => m.Groups["path"].Value.TrimEnd('.', ',', ';', ':', '!'))
            .Where(path => path.Length > 0 && !path.Contains("..", StringComparison.Ordinal) && path.Length <= 200);

    private static IEnumerable<string> Strings(JsonNode? value) => value switch
    {
        JsonArray list => list.OfType<JsonValue>().Select(v => v.TryGetValue(out string? s) ? s : null).OfType<string>(),
        JsonValue one when one.TryGetValue(out string? s) => [s],
        _ => [],
    };

    private static ContentReference New(ContentItem item, string kind, string target, string field, string? relation) =>
        new() { FromItemId = item.ContentItemId, Kind = kind, Target = target, Field = field, Relation = relation };

    /// <summary>
    /// An address of a site's own media: "/media/..." or "/{prefix}/media/..." where an address starts (not inside
    /// "https://other.host/media/..."), its path up to what ends an address in Markdown or HTML.
    /// </summary>
    [GeneratedRegex(@"(?<![\w:/.\-])(?:/[\w\-]+)?/" + MediaStore.UrlSegment + @"/(?<path>[^\s""'()<>?#\\\[\]]+)")]
    private static partial Regex MediaAddress();
}
