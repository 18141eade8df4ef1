using GovCms.Content;

namespace GovCms.Content.Admin;

/// <summary>How the admin names the state of an item, in one place.</summary>
public static class ContentLabels
{
    public const string Draft = "Nháp";
    public const string Published = "Đã đăng";
    /// <summary>An item a part keeps from every public reader (<see cref="ContentItem.Withheld"/>), e.g. a confidential document.</summary>
    public const string Withheld = "Mật — không công khai";

    public static string StateOf(ContentItem item) => item switch
    {
        { Published: true } => Published,
        { PublishedVersion: not null } => "Đã đăng, có bản nháp mới",
        _ => Draft,
    };
}
