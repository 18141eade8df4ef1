using Microsoft.AspNetCore.Http;

namespace GovCms.Tenants;

public static class TenantUrls
{
    /// <summary>The path a tenant's pages start with on a shared host name: "/xa-dong-son", or "" for the root.</summary>
    public static string BasePath(TenantContext tenant) =>
        string.IsNullOrEmpty(tenant.UrlPrefix) ? "" : "/" + tenant.UrlPrefix;

    /// <summary>
    /// A link for a page of the current site: "/tin-tuc" becomes "/xa-dong-son/tin-tuc" on a site reached by
    /// its prefix; an absolute address ("https://...") is kept as it is.
    /// </summary>
    public static string Href(HttpRequest request, string url) =>
        url.StartsWith('/') ? request.PathBase.Value + url : url;

    /// <summary>An address of the current site as an absolute URL ("https://host/xa-dong-son/tin-tuc"), for feeds, sitemaps and shared links.</summary>
    public static string Absolute(HttpRequest request, string url) =>
        url.StartsWith("//", StringComparison.Ordinal) || !url.StartsWith('/') ? url : $"{request.Scheme}://{request.Host.Value}{url}";

    /// <summary>The home page of another site of the network, as a link from the current request.</summary>
    public static string HomeOf(TenantContext tenant, HttpRequest request) =>
        tenant.HostNames.Count > 0 ? $"{request.Scheme}://{tenant.HostNames[0]}/" : BasePath(tenant) + "/";
}
