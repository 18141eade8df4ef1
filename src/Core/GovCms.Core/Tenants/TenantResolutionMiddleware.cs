using GovCms.Hosting;
using GovCms.Redirects;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tenants;

/// <summary>
/// Finds the tenant of a request: host name first, then the first path segment (which becomes the
/// PathBase, so every tenant sees the same routes), then the root tenant.
/// </summary>
internal sealed class TenantResolutionMiddleware(RequestDelegate next, TenantCatalog catalog)
{
    public Task InvokeAsync(HttpContext context, ICurrentTenant currentTenant)
    {
        var tenant = Resolve(context);
        if (tenant is null)
        {
            return ErrorPages.WriteAsync(context, StatusCodes.Status404NotFound);
        }

        switch (tenant.State)
        {
            case TenantState.Disabled:
                return ErrorPages.WriteAsync(context, StatusCodes.Status503ServiceUnavailable);
            case TenantState.Retired when tenant.SuccessorId is int successorId && catalog.Find(successorId) is { } successor:
                return RedirectToSuccessorAsync(context, tenant, successor);
            case TenantState.Retired:
                return ErrorPages.WriteAsync(context, StatusCodes.Status410Gone);
        }

        currentTenant.Set(tenant);
        return next(context);
    }

    private static async Task RedirectToSuccessorAsync(HttpContext context, TenantContext retired, TenantContext successor)
    {
        var redirects = context.RequestServices.GetRequiredService<RedirectStore>();
        var path = await RetiredRedirects.TargetAsync(redirects, retired, context.Request.Path.Value ?? "/", context.RequestAborted);
        context.Response.Redirect(TenantUrls.BasePath(successor) + path + context.Request.QueryString, permanent: true);
    }

    internal TenantContext? Resolve(HttpContext context)
    {
        // A site may own a name with a port ("cong.thanhhoa.gov.vn:8443"); a name without one answers on every port.
        var host = context.Request.Host;
        if (((host.Port is null ? null : catalog.FindByHost(host.Value!)) ?? catalog.FindByHost(host.Host)) is { } byHost)
        {
            return byHost;
        }

        var path = context.Request.Path.Value.AsSpan();
        if (path.Length > 1)
        {
            var rest = path[1..];
            var end = rest.IndexOf('/');
            var segment = end < 0 ? rest : rest[..end];
            if (catalog.FindByPrefix(segment) is { } byPrefix)
            {
                var prefixLength = segment.Length + 1;
                context.Request.PathBase = context.Request.PathBase.Add(new PathString(path[..prefixLength].ToString()));
                context.Request.Path = new PathString(path.Length > prefixLength ? path[prefixLength..].ToString() : "/");
                return byPrefix;
            }
        }

        return catalog.Root;
    }
}
