namespace GovCms.Tenants;

/// <summary>
/// An entry of a site's main navigation. Entries show in the order of their list; an entry may have
/// children, one level deep.
/// </summary>
public sealed record MenuEntry
{
    public required string Title { get; init; }

    /// <summary>Relative to the site ("/tin-tuc", "/" for its home page) or absolute ("https://dichvucong.gov.vn").</summary>
    public required string Url { get; init; }

    /// <summary>Also shown among the quick links of the home page ("Truy cập nhanh").</summary>
    public bool QuickLink { get; init; }

    public IReadOnlyList<MenuEntry> Children { get; init; } = [];
}
