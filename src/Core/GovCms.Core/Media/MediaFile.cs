using GovCms.Data;

namespace GovCms.Media;

/// <summary>An uploaded file of a site: its place under the site's media folder, what it is and the name it came with.</summary>
public sealed class MediaFile : ITenantOwned
{
    public long Id { get; set; }
    public int TenantId { get; set; }
    /// <summary>Below the site's media folder and URL: "2026/03/0192….pdf".</summary>
    public string Path { get; set; } = "";
    public MediaKind Kind { get; set; }
    public string ContentType { get; set; } = "";
    public string FileName { get; set; } = "";
    public long Bytes { get; set; }
    public DateTime UploadedUtc { get; set; }
    public string? UploadedBy { get; set; }
}
