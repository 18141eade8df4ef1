using GovCms.Tenants;
using Microsoft.AspNetCore.Http;

namespace GovCms.TenantAdmin.Admin;

/// <summary>Addresses of another site of the network, as seen from the current request.</summary>
public static class SiteLinks
{
    public static string Home(TenantContext site, HttpRequest request) =>
        !string.IsNullOrEmpty(site.UrlPrefix) || site.HostNames.Count == 0
            ? TenantUrls.BasePath(site) + "/"
            : $"{request.Scheme}://{site.HostNames[0]}/";

    public static string Admin(TenantContext site, HttpRequest request) => Home(site, request) + "admin";

    public static string StateName(TenantState state) => state switch
    {
        TenantState.Running => "Đang hoạt động",
        TenantState.Disabled => "Tạm ngừng",
        TenantState.Retired => "Đã sáp nhập",
        _ => state.ToString(),
    };
}
