namespace GovCms.Media;

/// <summary>
/// A file format an upload may have, recognised from its content by <see cref="MediaSniffer"/>, never from its name or
/// the type the browser sent. <paramref name="Inline"/>: shown in the browser (images, PDF, audio, video); the others are
/// downloaded (office files) with their original name.
/// </summary>
public sealed record MediaFormat(string Extension, string ContentType, MediaKind Kind, string Name, bool Inline = true)
{
    public static readonly MediaFormat Jpeg = new("jpg", "image/jpeg", MediaKind.Image, "JPEG");
    public static readonly MediaFormat Png = new("png", "image/png", MediaKind.Image, "PNG");
    public static readonly MediaFormat Gif = new("gif", "image/gif", MediaKind.Image, "GIF");
    public static readonly MediaFormat WebP = new("webp", "image/webp", MediaKind.Image, "WebP");
    public static readonly MediaFormat Pdf = new("pdf", "application/pdf", MediaKind.Document, "PDF");
    public static readonly MediaFormat Docx = new("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", MediaKind.Document, "Word", Inline: false);
    public static readonly MediaFormat Xlsx = new("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaKind.Document, "Excel", Inline: false);
    public static readonly MediaFormat Pptx = new("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", MediaKind.Document, "PowerPoint", Inline: false);
    public static readonly MediaFormat Odt = new("odt", "application/vnd.oasis.opendocument.text", MediaKind.Document, "OpenDocument văn bản", Inline: false);
    public static readonly MediaFormat Ods = new("ods", "application/vnd.oasis.opendocument.spreadsheet", MediaKind.Document, "OpenDocument bảng tính", Inline: false);
    public static readonly MediaFormat Mp3 = new("mp3", "audio/mpeg", MediaKind.Audio, "MP3");
    public static readonly MediaFormat M4a = new("m4a", "audio/mp4", MediaKind.Audio, "M4A");
    public static readonly MediaFormat Aac = new("aac", "audio/aac", MediaKind.Audio, "AAC");
    public static readonly MediaFormat Ogg = new("ogg", "audio/ogg", MediaKind.Audio, "OGG");
    public static readonly MediaFormat Wav = new("wav", "audio/wav", MediaKind.Audio, "WAV");
    public static readonly MediaFormat Mp4 = new("mp4", "video/mp4", MediaKind.Video, "MP4");

    public static IReadOnlyList<MediaFormat> All { get; } = [Jpeg, Png, Gif, WebP, Pdf, Docx, Xlsx, Pptx, Odt, Ods, Mp3, M4a, Aac, Ogg, Wav, Mp4];

    /// <summary>The format of a stored file: stored files are named by the format found in their content.</summary>
    public static MediaFormat? FromExtension(string extension) =>
        All.FirstOrDefault(f => string.Equals(f.Extension, extension.TrimStart('.'), StringComparison.OrdinalIgnoreCase));

    /// <summary>"PDF, Word, Excel, …": the formats of the kinds, for hints and refusals.</summary>
    public static string Names(IEnumerable<MediaKind> kinds) =>
        string.Join(", ", All.Where(f => kinds.Contains(f.Kind)).Select(f => f.Name).Distinct());

    /// <summary>What the file chooser offers (the server checks the content anyway).</summary>
    public static string Accept(IEnumerable<MediaKind> kinds) =>
        string.Join(",", All.Where(f => kinds.Contains(f.Kind)).SelectMany(f => new[] { "." + f.Extension, f.ContentType }).Distinct());
}
