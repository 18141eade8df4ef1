namespace GovCms.Media;

/// <summary>How pages and refusals name the kinds and their formats, in Vietnamese.</summary>
public static class MediaText
{
    /// <summary>"ảnh", "tài liệu", "âm thanh", "video": in running text.</summary>
    public static string Kind(MediaKind kind) => kind switch
    {
        MediaKind.Image => "ảnh",
        MediaKind.Document => "tài liệu",
        MediaKind.Audio => "âm thanh",
        _ => "video",
    };

    public static string Capitalised(MediaKind kind) => MediaKinds.DisplayName(kind);

    /// <summary>"ảnh JPEG, PNG, GIF hoặc WebP; tài liệu PDF, Word, …": what the kinds accept.</summary>
    public static string Accepted(IEnumerable<MediaKind> kinds) =>
        string.Join("; ", kinds.Order().Select(kind => $"{Kind(kind)} {Formats(kind)}"));

    /// <summary>"JPEG, PNG, GIF hoặc WebP": the formats of one kind.</summary>
    public static string Formats(MediaKind kind)
    {
        var names = MediaFormat.All.Where(f => f.Kind == kind).Select(f => f.Extension == "docx" ? "Word (DOCX)" : f.Extension == "xlsx" ? "Excel (XLSX)"
            : f.Extension == "pptx" ? "PowerPoint (PPTX)" : f.Kind == MediaKind.Document && f.Extension != "pdf" ? f.Extension.ToUpperInvariant() : f.Name).ToList();
        return names.Count == 1 ? names[0] : $"{string.Join(", ", names[..^1])} hoặc {names[^1]}";
    }

    /// <summary>"JPEG, PNG, GIF hoặc WebP, tối đa 5 MB.": the hint of an image upload field.</summary>
    public static string ImageHint(long maxBytes) => $"{Formats(MediaKind.Image)}, tối đa {MediaSize.Format(maxBytes)}.";

    /// <summary>"một tệp ảnh", "một tệp được nhận": what to pick instead.</summary>
    public static string Choose(IReadOnlyCollection<MediaKind> kinds) =>
        kinds.Count == 1 ? $"một tệp {Kind(kinds.First())}" : "một tệp đúng định dạng";
}
