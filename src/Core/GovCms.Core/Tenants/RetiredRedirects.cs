namespace GovCms.Tenants;

/// <summary>
/// Where the addresses of a retired tenant go on its successor. By default to the same path; an item whose
/// slug had to change when it moved (its successor had one of the same name) is recorded in the retired
/// tenant's settings under "RedirectFrom:{old path}", so its old address still finds it.
/// </summary>
public static class RetiredRedirects
{
    public const string KeyPrefix = "RedirectFrom:";

    public static string Key(string oldPath) => KeyPrefix + oldPath;

    /// <summary>The path on the successor for a path of the retired tenant.</summary>
    public static string Target(TenantContext retired, string path) => retired.Setting(Key(path)) ?? path;
}
