using GovCms.Tenants;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Security;

/// <summary>
/// One auth cookie per tenant: the cookie name carries the tenant id and its path is the tenant's
/// base path, so signing in on one commune's site never signs anyone in on another's.
/// </summary>
internal sealed class TenantCookieManager : ICookieManager
{
    /// <summary>The auth cookie's name; a tenant's cookie is "{name}.{tenant id}" (chunked as "...C1", "...C2" when large).</summary>
    public const string AuthCookieName = ".GovCms.Auth";

    /// <summary>Whether the request carries a sign-in cookie of the tenant, valid or not: cheap, for decisions made before authentication.</summary>
    public static bool HasAuthCookie(HttpRequest request, int tenantId)
    {
        var name = $"{AuthCookieName}.{tenantId}";
        foreach (var key in request.Cookies.Keys)
        {
            if (key.StartsWith(name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private readonly ChunkingCookieManager _inner = new();

    public string? GetRequestCookie(HttpContext context, string key) => _inner.GetRequestCookie(context, TenantKey(context, key));

    public void AppendResponseCookie(HttpContext context, string key, string? value, CookieOptions options)
    {
        options.Path = TenantPath(context);
        _inner.AppendResponseCookie(context, TenantKey(context, key), value, options);
    }

    public void DeleteCookie(HttpContext context, string key, CookieOptions options)
    {
        options.Path = TenantPath(context);
        _inner.DeleteCookie(context, TenantKey(context, key), options);
    }

    private static string TenantKey(HttpContext context, string key) =>
        context.RequestServices.GetRequiredService<ICurrentTenant>().Tenant is { } tenant ? $"{key}.{tenant.Id}" : key;

    private static string TenantPath(HttpContext context) =>
        context.Request.PathBase.HasValue ? context.Request.PathBase.Value! : "/";
}
