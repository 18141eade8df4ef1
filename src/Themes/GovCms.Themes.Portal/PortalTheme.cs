using GovCms.Themes;
using Microsoft.AspNetCore.Http;

namespace GovCms.Themes.Portal;

/// <summary>The default public theme: official identity, accessible, readable without JavaScript.</summary>
public static class PortalTheme
{
    public const string Name = "Portal";

    private const string Assets = "/_content/GovCms.Themes.Portal/";

    /// <summary>Loaded after the theme's stylesheets, for paper only.</summary>
    public const string PrintStylesheet = Assets + "print.css";

    /// <summary>The one script: the print button and the menu on wide screens. Pages work without it.</summary>
    public const string Script = Assets + "portal.js";

    public const string Favicon = Assets + "favicon.ico";
    public const string IconSvg = Assets + "emblem.svg";
    public const string TouchIcon = Assets + "apple-touch-icon.png";

    /// <summary>Shared with a page that has no image of its own, when the site has no logo (1200×630).</summary>
    public const string ShareImage = Assets + "share.png";

    public static readonly ThemeManifest Manifest = new(Name, "Cổng thông tin (mặc định)")
    {
        Stylesheets = [Assets + "portal.css"],
        Favicon = Favicon,
    };

    /// <summary>The page's own address, with its page number when past the first: how it is linked as canonical.</summary>
    public static string CanonicalPath(HttpRequest request)
    {
        var path = request.PathBase + request.Path;
        return int.TryParse(request.Query["page"], out var page) && page > 1 ? $"{path}?page={page}" : path.ToString();
    }
}
