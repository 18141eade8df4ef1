using GovCms.Themes;
using GovCms.Themes.Civic;
using GovCms.Themes.Portal;

namespace GovCms.Web;

/// <summary>The public themes this host is built with; a tenant picks one by name.</summary>
public static class HostThemes
{
    public static IReadOnlyList<ThemeManifest> All() =>
    [
        PortalTheme.Manifest,
        CivicTheme.Manifest,
    ];
}
