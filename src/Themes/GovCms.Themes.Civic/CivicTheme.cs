using GovCms.Themes.Portal;

namespace GovCms.Themes.Civic;

/// <summary>A green variant of the portal: its own header, home page and colours; everything else from Portal.</summary>
public static class CivicTheme
{
    public const string Name = "Civic";

    public static readonly ThemeManifest Manifest = new(Name, "Giao diện Xanh", BaseTheme: PortalTheme.Name)
    {
        Stylesheets = ["/_content/GovCms.Themes.Civic/civic.css"],
    };
}
