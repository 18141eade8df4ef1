namespace GovCms.Themes;

/// <summary>
/// A public theme, declared in code by its project and listed by the host. A theme's views live
/// under /Themes/{Name}/Views/ and override, by path, the views of its base theme and of modules.
/// </summary>
/// <param name="Name">Technical name stored on the tenant, e.g. "Portal".</param>
/// <param name="DisplayName">Vietnamese name shown to administrators, e.g. "Giao diện Xanh".</param>
/// <param name="BaseTheme">The theme this one builds on: views it does not override come from there.</param>
public sealed record ThemeManifest(string Name, string DisplayName, string? BaseTheme = null)
{
    /// <summary>Root-absolute URLs of the theme's own stylesheets; pages load the base theme's first.</summary>
    public IReadOnlyList<string> Stylesheets { get; init; } = [];

    /// <summary>Root-absolute URL of the theme's icon (an .ico file) that "/favicon.ico" leads to; a derived theme may leave it to its base.</summary>
    public string? Favicon { get; init; }
}
