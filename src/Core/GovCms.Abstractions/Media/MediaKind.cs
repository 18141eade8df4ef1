namespace GovCms.Media;

/// <summary>What an uploaded file is, recognised from its content; each kind has its own size limit.</summary>
public enum MediaKind
{
    Image,
    /// <summary>PDF, Word, Excel, PowerPoint and OpenDocument files.</summary>
    Document,
    Audio,
    Video,
}

/// <summary>The Vietnamese names of the kinds, for pages and messages.</summary>
public static class MediaKinds
{
    public static IReadOnlyList<MediaKind> All { get; } = [MediaKind.Image, MediaKind.Document, MediaKind.Audio, MediaKind.Video];

    public static string DisplayName(MediaKind kind) => kind switch
    {
        MediaKind.Image => "Ảnh",
        MediaKind.Document => "Tài liệu",
        MediaKind.Audio => "Âm thanh",
        MediaKind.Video => "Video",
        _ => kind.ToString(),
    };

    /// <summary>"image", "document", "audio", "video": the kind in query strings and the JSON API.</summary>
    public static string Key(MediaKind kind) => kind.ToString().ToLowerInvariant();

    public static MediaKind? Parse(string? key) =>
        All.Cast<MediaKind?>().FirstOrDefault(kind => string.Equals(Key(kind!.Value), key, StringComparison.OrdinalIgnoreCase));
}
