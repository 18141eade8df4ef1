using GovCms.Modules;
using GovCms.Tenants;
using Microsoft.AspNetCore.Http;

namespace GovCms.Hosting;

/// <summary>
/// One address for each public page: "/Phuong-Dong-Son/Tin-Tuc/" answers 301 to "/phuong-dong-son/tin-tuc"
/// (lower case, no trailing slash; a site's home keeps its slash: "/phuong-dong-son/"), with the query string
/// kept. Runs before tenant resolution, on the path as requested. The admin, the API and files are left alone.
/// </summary>
internal sealed class CanonicalAddressMiddleware(RequestDelegate next, TenantCatalog catalog, ReservedSegments reserved)
{
    private static readonly string[] Untouched = ["/admin", "/api", "/media", "/_content", "/health"];

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return next(context);
        }

        var path = request.Path.Value ?? "/";
        if (path == "/" || IsPlainlyCanonical(path) || Canonical(context, path) is not { } canonical || canonical == path)
        {
            return next(context);
        }

        // "/xa-moi/" of no site has the form of a site's home: a site with that prefix may be created later, and a
        // permanent redirect to "/xa-moi" that browsers keep would then hide it.
        var permanent = !LooksLikeHomeOfNoSite(path);
        context.Response.Redirect(request.PathBase + new PathString(canonical).ToUriComponent() + request.QueryString, permanent);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Two segments or more, in lower case, without a trailing slash: <see cref="Canonical"/> would give it back as
    /// it is, whatever site it belongs to. Most requests are such, and skip the work.
    /// </summary>
    private static bool IsPlainlyCanonical(string path) =>
        path.IndexOf('/', 1) > 0 && path[^1] != '/' && !path.AsSpan().ContainsAnyInRange('A', 'Z') && System.Text.Ascii.IsValid(path);

    private bool LooksLikeHomeOfNoSite(string path)
    {
        if (path.IndexOf('/', 1) != path.Length - 1)
        {
            return false;
        }

        var segment = path[1..^1];
        return catalog.FindByPrefix(segment) is null && !reserved.Contains(segment);
    }

    /// <summary>The canonical form of the path, or null when the path is not one this middleware rewrites.</summary>
    private string? Canonical(HttpContext context, string path)
    {
        var prefix = "";
        var rest = path;
        if (catalog.FindByHost(context.Request.Host.Host) is null)
        {
            var end = path.IndexOf('/', 1);
            var segment = end < 0 ? path.AsSpan(1) : path.AsSpan(1, end - 1);
            if (catalog.FindByPrefix(segment) is { } site)
            {
                if (site.State == TenantState.Retired)
                {
                    // Its addresses answer 301 to the successor's, which is canonical there: one hop, not two.
                    return null;
                }

                prefix = "/" + site.UrlPrefix;
                rest = end < 0 ? "" : path[end..];
            }
        }

        // Also after a first segment that is no site: "/xa-khong-co/api/content/Article" is the API's (a 404), not a page.
        var afterFirst = path.IndexOf('/', 1) is var second and > 0 ? path[second..] : "";
        foreach (var untouched in Untouched)
        {
            if (new PathString(rest.Length == 0 ? "/" : rest).StartsWithSegments(untouched, StringComparison.OrdinalIgnoreCase) ||
                new PathString(afterFirst.Length == 0 ? "/" : afterFirst).StartsWithSegments(untouched, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }

        rest = rest.ToLowerInvariant();
        if (rest.Length == 0)
        {
            rest = "/";
        }
        else if (rest.Length > 1 && rest.EndsWith('/'))
        {
            rest = rest.TrimEnd('/');
            rest = rest.Length == 0 ? "/" : rest;
        }

        return prefix + rest;
    }
}
