using System.Globalization;
using GovCms.Text;

namespace GovCms.Content.Scheduling;

/// <summary>Why an item is no longer the one a job or a task was made for, in words the user understands.</summary>
public static class ScheduledVersion
{
    public const string Removed = "Bài đã bị xóa sau khi gửi duyệt.";

    /// <summary>Null when the item is still at the version; otherwise why not.</summary>
    /// <param name="since">What happened to that version: "gửi duyệt", "được duyệt", "hẹn giờ đăng".</param>
    public static string? Changed(ContentItem? item, int version, string since) => item switch
    {
        null => Removed,
        _ when item.Version != version => string.Create(CultureInfo.InvariantCulture,
            $"Bài đã được sửa sau khi {since}: lúc đó là phiên bản {version}, nay là phiên bản {item.Version} (sửa lúc {VietnamTime.FormatDateTime(item.ModifiedUtc)})."),
        _ => null,
    };
}
