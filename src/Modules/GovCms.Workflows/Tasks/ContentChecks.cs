using System.Globalization;
using GovCms.Content;
using GovCms.Text;

namespace GovCms.Workflows.Tasks;

/// <summary>Why an item is no longer the one a task or job was made for, in words the user understands.</summary>
internal static class ContentChecks
{
    public const string Removed = "Bài đã bị xóa sau khi gửi duyệt.";

    /// <summary>Null when the item is still at the version; otherwise why not.</summary>
    /// <param name="since">What happened to that version: "gửi duyệt", "được duyệt", "hẹn giờ đăng".</param>
    public static string? Changed(ContentItem? item, int version, string since = "gửi duyệt") => item switch
    {
        null => Removed,
        _ when item.Version != version => string.Create(CultureInfo.InvariantCulture,
            $"Bài đã được sửa sau khi {since}: lúc đó là phiên bản {version}, nay là phiên bản {item.Version} (sửa lúc {VietnamTime.FormatDateTime(item.ModifiedUtc)})."),
        _ => null,
    };

    /// <summary>Null while the version still waits to be published; otherwise when it was.</summary>
    public static string? AlreadyPublished(ContentItem item, int version) =>
        item.PublishedVersion == version
            ? $"Bài đã được đăng lúc {VietnamTime.FormatDateTime(item.PublishedUtc ?? item.ModifiedUtc)}, không còn cần duyệt."
            : null;
}
