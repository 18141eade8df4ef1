using GovCms.Tenants;
using Microsoft.AspNetCore.Http;

namespace GovCms.Themes.Portal;

public static class MenuLinks
{
    /// <summary>
    /// The aria-current of a menu link: "page" when it links to the page shown, "true" when it links to
    /// the section the page is in ("/tin-tuc" while reading "/tin-tuc/..."), null otherwise.
    /// </summary>
    public static string? AriaCurrent(MenuEntry entry, HttpRequest request)
    {
        if (!entry.Url.StartsWith('/'))
        {
            return null;
        }

        var target = entry.Url.AsSpan();
        var end = target.IndexOfAny('?', '#');
        if (end >= 0)
        {
            target = target[..end];
        }

        var current = (request.Path.Value ?? "/").AsSpan();
        if (current.Equals(target, StringComparison.OrdinalIgnoreCase))
        {
            return "page";
        }

        target = target.TrimEnd('/');
        var inSection = target.Length > 0 && current.StartsWith(target, StringComparison.OrdinalIgnoreCase)
            && current.Length > target.Length && current[target.Length] == '/';
        return inSection ? "true" : null;
    }
}
