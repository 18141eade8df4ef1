using GovCms.Content;
using GovCms.Content.Scheduling;
using GovCms.Text;

namespace GovCms.Workflows.Tasks;

/// <summary>Why an item is no longer the one a task or job was made for, in words the user understands.</summary>
internal static class ContentChecks
{
    public const string Removed = ScheduledVersion.Removed;

    /// <summary>Null when the item is still at the version; otherwise why not.</summary>
    /// <param name="since">What happened to that version: "gửi duyệt", "được duyệt", "hẹn giờ đăng".</param>
    public static string? Changed(ContentItem? item, int version, string since = "gửi duyệt") => ScheduledVersion.Changed(item, version, since);

    /// <summary>Null while the version still waits to be published; otherwise when it was.</summary>
    public static string? AlreadyPublished(ContentItem item, int version) =>
        item.PublishedVersion == version
            ? $"Bài đã được đăng lúc {VietnamTime.FormatDateTime(item.PublishedUtc ?? item.ModifiedUtc)}, không còn cần duyệt."
            : null;
}
