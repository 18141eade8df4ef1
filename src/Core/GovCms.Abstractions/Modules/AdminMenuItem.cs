namespace GovCms.Modules;

/// <summary>An entry of the admin menu; shown only where its module is on and the user holds the permission.</summary>
/// <param name="Path">Relative to the tenant's /admin, e.g. "content?type=Article".</param>
public sealed record AdminMenuItem(string Title, string Path, string? Permission = null, int Order = 100, string? Group = null);
