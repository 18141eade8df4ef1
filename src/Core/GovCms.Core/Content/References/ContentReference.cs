using GovCms.Data;

namespace GovCms.Content;

/// <summary>
/// What one version of an item refers to: a file of the site's media (<see cref="ContentReferenceKinds.Media"/>,
/// <see cref="Target"/> the file's path below the site's media folder, as <c>MediaFile.Path</c>) or another item
/// (<see cref="ContentReferenceKinds.Link"/>, <see cref="Target"/> its id). Kept by the engine in the SaveChanges of
/// every content operation, for the latest and the published version like a declared index, so "where used", the
/// refusal to delete a file in use and the two ends of a link are one indexed lookup instead of a scan of stored JSON.
/// </summary>
public sealed class ContentReference : ITenantOwned
{
    public long Id { get; set; }
    public int TenantId { get; set; }
    public string FromItemId { get; set; } = "";
    /// <summary>"media", "link", or "pending" for an item of an older database whose references are still to be read.</summary>
    public string Kind { get; set; } = "";
    public string Target { get; set; } = "";
    /// <summary>The field that holds it: "{PartName}.{field key}", e.g. "ImagePart.url".</summary>
    public string Field { get; set; } = "";
    /// <summary>A link's relation ("thay thế"); null for media.</summary>
    public string? Relation { get; set; }
    public bool Latest { get; set; }
    public bool Published { get; set; }
}

public static class ContentReferenceKinds
{
    public const string Media = "media";
    public const string Link = "link";
    public const string Pending = "pending";
}
