using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace GovCms.Content.Admin;

/// <summary>
/// What an editor sends: the item in the one input shape (<c>displayText</c>, <c>slug</c>, <c>parts</c>; a field
/// with an alias may come at the top level, e.g. <c>"summary"</c>), the stamp it read, and whether to publish now.
/// The slug of a published item stays as it is unless <see cref="ChangeSlug"/> is set (then its old address answers
/// 301 to the new one).
/// </summary>
public sealed class ContentInput
{
    public string? DisplayText { get; set; }
    public string? Slug { get; set; }
    public JsonObject? Parts { get; set; }
    public string? ConcurrencyStamp { get; set; }
    public bool Publish { get; set; }
    public bool ChangeSlug { get; set; }

    /// <summary>Fields sent at the top level under their alias ("summary", "publishDate").</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Fields { get; set; }

    public ContentItemInput ToItemInput() => new(DisplayText, Slug, Parts,
        Fields?.ToDictionary(f => f.Key, f => JsonNode.Parse(f.Value.GetRawText()), StringComparer.OrdinalIgnoreCase));
}
