namespace GovCms.Media;

/// <summary>Bound from "GovCms:Media".</summary>
public sealed class MediaOptions
{
    /// <summary>Folder of uploaded files, one subfolder per tenant id; defaults to App_Data/media under the content root.</summary>
    public string? Root { get; set; }

    public long MaxImageBytes { get; set; } = 5 * 1024 * 1024;

    public long MaxDocumentBytes { get; set; } = 50 * 1024 * 1024;

    public long MaxAudioBytes { get; set; } = 100 * 1024 * 1024;

    public long MaxVideoBytes { get; set; } = 500 * 1024 * 1024;

    public long MaxBytes(MediaKind kind) => kind switch
    {
        MediaKind.Document => MaxDocumentBytes,
        MediaKind.Audio => MaxAudioBytes,
        MediaKind.Video => MaxVideoBytes,
        _ => MaxImageBytes,
    };

    /// <summary>The largest file of any kind: what the media library's upload may send.</summary>
    public long LargestUpload => MediaKinds.All.Max(MaxBytes);
}
