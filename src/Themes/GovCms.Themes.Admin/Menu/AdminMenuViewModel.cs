namespace GovCms.Themes.Admin.Menu;

public sealed record AdminMenuLink(string Title, string Url, bool IsCurrent);

/// <param name="Title">The group's heading; null for the entries shown first, without a heading.</param>
public sealed record AdminMenuGroup(string? Title, IReadOnlyList<AdminMenuLink> Links);
