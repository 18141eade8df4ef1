namespace GovCms.Tenants;

/// <summary>
/// The menu entries that link to one address of the site, so that the menu never points at a dead page: when an
/// item's address changes its entries follow it; when the item leaves the portal its entries leave the menu.
/// </summary>
public static class MenuAddresses
{
    /// <summary>The titles of the entries (and children) linking to the path, in menu order.</summary>
    public static IReadOnlyList<string> TitlesLinkingTo(IReadOnlyList<MenuEntry> menu, string path) =>
        menu.SelectMany(e => e.Children.Prepend(e)).Where(e => LinksTo(e, path)).Select(e => e.Title).ToList();

    /// <summary>The menu with entries linking to <paramref name="from"/> linking to <paramref name="to"/>; null when none did.</summary>
    public static List<MenuEntry>? Retarget(IReadOnlyList<MenuEntry> menu, string from, string to)
    {
        if (TitlesLinkingTo(menu, from).Count == 0)
        {
            return null;
        }

        MenuEntry Moved(MenuEntry entry) => LinksTo(entry, from) ? entry with { Url = to + Suffix(entry.Url) } : entry;
        return menu.Select(e => Moved(e) with { Children = e.Children.Select(Moved).ToList() }).ToList();
    }

    /// <summary>
    /// The menu without the entries linking to the path; an entry that had children leaves them in its place.
    /// Null when no entry linked there.
    /// </summary>
    public static List<MenuEntry>? Without(IReadOnlyList<MenuEntry> menu, string path)
    {
        if (TitlesLinkingTo(menu, path).Count == 0)
        {
            return null;
        }

        var kept = new List<MenuEntry>();
        foreach (var entry in menu)
        {
            var children = entry.Children.Where(c => !LinksTo(c, path)).ToList();
            if (LinksTo(entry, path))
            {
                kept.AddRange(children);
            }
            else
            {
                kept.Add(entry with { Children = children });
            }
        }

        return kept;
    }

    /// <summary>A relative link to the path, ignoring a trailing slash, case, a query and a fragment.</summary>
    public static bool LinksTo(MenuEntry entry, string path)
    {
        var url = entry.Url;
        if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal))
        {
            return false;
        }

        var own = url[..^Suffix(url).Length];
        own = own.Length > 1 ? own.TrimEnd('/') : own;
        return string.Equals(own, path, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The query and fragment of a link ("?trang=2#lien-he"), kept when the path changes.</summary>
    private static string Suffix(string url)
    {
        var at = url.IndexOfAny(['?', '#']);
        return at < 0 ? "" : url[at..];
    }
}
