using GovCms.Tenants;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace GovCms.Users.Admin;

/// <summary>After sign-in, people go back where they were, but only to a page of the site they signed in on.</summary>
internal static class TenantReturnUrl
{
    /// <returns>The return URL when it is a page of the current tenant; null otherwise.</returns>
    public static string? Resolve(string? returnUrl, HttpRequest request, IUrlHelper url, ITenantCatalog catalog, TenantContext tenant)
    {
        if (string.IsNullOrEmpty(returnUrl) || !url.IsLocalUrl(returnUrl))
        {
            return null;
        }

        if (request.PathBase.HasValue)
        {
            var pathBase = request.PathBase.Value!;
            var inside = returnUrl.Length == pathBase.Length
                ? returnUrl.Equals(pathBase, StringComparison.OrdinalIgnoreCase)
                : returnUrl.StartsWith(pathBase, StringComparison.OrdinalIgnoreCase) && returnUrl[pathBase.Length] is '/' or '?';
            return inside ? returnUrl : null;
        }

        // A site without a prefix (the root, or one reached by host name): a path starting with another site's prefix is that site's.
        var firstSegment = returnUrl.TrimStart('/').Split('/', '?', '#')[0];
        return catalog.FindByPrefix(firstSegment) is { } other && other.Id != tenant.Id ? null : returnUrl;
    }
}
