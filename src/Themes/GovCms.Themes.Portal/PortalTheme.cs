using GovCms.Themes;

namespace GovCms.Themes.Portal;

/// <summary>The default public theme: official identity, accessible, readable without JavaScript.</summary>
public static class PortalTheme
{
    public const string Name = "Portal";

    public static readonly ThemeManifest Manifest = new(Name, "Cổng thông tin (mặc định)")
    {
        Stylesheets = ["/_content/GovCms.Themes.Portal/portal.css"],
    };

    /// <summary>Loaded after the theme's stylesheets, for paper only.</summary>
    public const string PrintStylesheet = "/_content/GovCms.Themes.Portal/print.css";
}
