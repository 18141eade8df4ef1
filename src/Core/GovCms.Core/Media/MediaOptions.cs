namespace GovCms.Media;

/// <summary>Bound from "GovCms:Media".</summary>
public sealed class MediaOptions
{
    /// <summary>Folder of uploaded files, one subfolder per tenant id; defaults to App_Data/media under the content root.</summary>
    public string? Root { get; set; }

    public long MaxImageBytes { get; set; } = 5 * 1024 * 1024;
}
