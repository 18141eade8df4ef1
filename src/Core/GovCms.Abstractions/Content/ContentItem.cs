using System.Text.Json;
using System.Text.Json.Nodes;

namespace GovCms.Content;

/// <summary>
/// One version of a content item: stable id, version flags, and its parts as JSON.
/// Parts are read and written typed through <see cref="Get{TPart}"/> and <see cref="Apply{TPart}"/>.
/// </summary>
public sealed class ContentItem
{
    public string ContentItemId { get; set; } = "";
    public string ContentType { get; set; } = "";
    public int Version { get; set; }
    public bool Latest { get; set; }
    public bool Published { get; set; }
    /// <summary>The number of the item's published version, if any (which may be older than this one).</summary>
    public int? PublishedVersion { get; set; }
    public string DisplayText { get; set; } = "";
    public string Slug { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public DateTime ModifiedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }
    public string? Owner { get; set; }
    public string? Author { get; set; }
    /// <summary>Never public, even published (<c>ContentPartHandler.IsPublic</c>): the admin shows "Mật — không công khai".</summary>
    public bool Withheld { get; set; }
    /// <summary>The concurrency stamp of the item when this copy was read; a save that carries an older one is refused.</summary>
    public string ConcurrencyStamp { get; set; } = "";
    public JsonObject Parts { get; set; } = [];

    /// <summary>
    /// Set on the item a save or restore answers when it changed nothing: it is the latest version as it was, and no
    /// version was added. Never stored.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool Unchanged { get; set; }

    public static string PartName<TPart>() => typeof(TPart).Name;

    public TPart? Get<TPart>() where TPart : class =>
        Parts[PartName<TPart>()] is JsonNode node ? node.Deserialize<TPart>(ContentJson.Options) : null;

    public TPart GetOrCreate<TPart>() where TPart : class, new() => Get<TPart>() ?? new TPart();

    public ContentItem Apply<TPart>(TPart part) where TPart : class
    {
        Parts[PartName<TPart>()] = JsonSerializer.SerializeToNode(part, ContentJson.Options);
        return this;
    }
}

public static class ContentJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
