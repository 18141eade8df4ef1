using System.Text.Json.Nodes;

namespace GovCms.Content;

/// <summary>
/// The one shape in which content comes in, for the JSON API, the admin form and recipes:
/// <c>{ "displayText": "…", "slug": "…", "parts": { "summaryPart": { "text": "…" }, … } }</c>. A field with an alias
/// may also come at the top level under it (<c>"summary": "…"</c>), which <see cref="Fields"/> carries.
/// </summary>
public sealed record ContentItemInput(string? DisplayText, string? Slug, JsonObject? Parts, IReadOnlyDictionary<string, JsonNode?>? Fields = null);

/// <summary>How much an input is checked against the site besides its fields' shape.</summary>
/// <param name="PathBase">The site's path base: media fields accept only the site's own files; null to accept stored addresses as they are (recipes).</param>
/// <param name="CheckTerms">Terms must exist on the site (editors); recipes and imports bring their own.</param>
/// <param name="Stored">The item as stored, whose media addresses stay accepted.</param>
public sealed record ContentBindOptions(string? PathBase, bool CheckTerms, ContentItem? Stored = null)
{
    public static readonly ContentBindOptions Import = new(null, CheckTerms: false);
}
