namespace GovCms.Tenants;

public static class TenantUrls
{
    /// <summary>The path a tenant's pages start with on a shared host name: "/xa-dong-son", or "" for the root.</summary>
    public static string BasePath(TenantContext tenant) =>
        string.IsNullOrEmpty(tenant.UrlPrefix) ? "" : "/" + tenant.UrlPrefix;
}
