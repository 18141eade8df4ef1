using System.Globalization;

namespace GovCms.Media;

/// <summary>"850 KB", "12,4 MB": a file's size as Vietnamese pages write it.</summary>
public static class MediaSize
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Format(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} byte",
        < 1024 * 1024 => $"{Math.Ceiling(bytes / 1024.0).ToString("0", Vietnamese)} KB",
        _ => $"{(bytes / 1024.0 / 1024.0).ToString("0.#", Vietnamese)} MB",
    };
}
