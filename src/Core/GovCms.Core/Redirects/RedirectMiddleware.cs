using GovCms.Tenants;
using Microsoft.AspNetCore.Http;

namespace GovCms.Redirects;

/// <summary>
/// Where a public GET (or HEAD) of a site would answer 404, an old address in the site's redirects answers 301
/// to its new one instead. Sits just inside the status-code pages, so it sees the 404 before the error page is
/// written; it costs a query only for requests that found nothing.
/// </summary>
internal sealed class RedirectMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ICurrentTenant currentTenant, RedirectStore redirects)
    {
        await next(context);
        if (context.Response.StatusCode != StatusCodes.Status404NotFound || context.Response.HasStarted
            || !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            || currentTenant.Tenant is not { } tenant || !IsPublic(context.Request.Path))
        {
            return;
        }

        if (await redirects.FindAsync(tenant.Id, Normalized(context.Request.Path), context.RequestAborted) is { } target)
        {
            // Nothing was written for the 404; headers set before (security headers) stay.
            context.Response.Redirect(context.Request.PathBase + target + context.Request.QueryString, permanent: true);
        }
    }

    /// <summary>The site's own pages: not the admin, the API or uploaded files.</summary>
    private static bool IsPublic(PathString path) =>
        !path.StartsWithSegments("/admin") && !path.StartsWithSegments("/api") && !path.StartsWithSegments("/media");

    /// <summary>The path as redirects store it: without a trailing slash (but "/" itself).</summary>
    public static string Normalized(PathString path)
    {
        var value = path.Value ?? "/";
        return value.Length > 1 ? value.TrimEnd('/') : value;
    }
}
