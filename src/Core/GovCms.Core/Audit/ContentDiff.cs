using System.Text.Json.Nodes;
using GovCms.Content;

namespace GovCms.Audit;

/// <summary>One field that an edit changed, as the audit log keeps it.</summary>
public sealed record FieldChange(string Field, string? Before, string? After);

/// <summary>
/// What changed between two versions of an item, field by field: "title", "slug", and "Part.property" for
/// every property of every part ("SummaryPart.text"). Properties computed on save (the caller says which: the
/// rendered HTML of a Markdown field) are left out: they follow from what was typed.
/// </summary>
public static class ContentDiff
{
    private const int MaxValueLength = 2000;

    public static IReadOnlyList<FieldChange> Between(ContentItem before, ContentItem after, Func<string, string, bool> derived)
    {
        var changes = new List<FieldChange>();
        Compare(changes, "title", before.DisplayText, after.DisplayText);
        Compare(changes, "slug", before.Slug, after.Slug);
        foreach (var part in before.Parts.Select(p => p.Key).Union(after.Parts.Select(p => p.Key)).Order(StringComparer.Ordinal))
        {
            var old = before.Parts[part] as JsonObject ?? [];
            var now = after.Parts[part] as JsonObject ?? [];
            foreach (var property in old.Select(p => p.Key).Union(now.Select(p => p.Key)).Order(StringComparer.Ordinal))
            {
                if (derived(part, property))
                {
                    continue;
                }

                if (!JsonNode.DeepEquals(old[property], now[property]))
                {
                    changes.Add(new FieldChange($"{part}.{property}", Text(old[property]), Text(now[property])));
                }
            }
        }

        return changes;
    }

    private static void Compare(List<FieldChange> changes, string field, string before, string after)
    {
        if (before != after)
        {
            changes.Add(new FieldChange(field, Shorten(before), Shorten(after)));
        }
    }

    private static string? Text(JsonNode? value) => value switch
    {
        null => null,
        JsonValue text when text.TryGetValue(out string? s) => Shorten(s),
        _ => Shorten(value.ToJsonString(ContentJson.Options)),
    };

    private static string? Shorten(string? text) => text is { Length: > MaxValueLength } ? text[..MaxValueLength] + "…" : text;
}
