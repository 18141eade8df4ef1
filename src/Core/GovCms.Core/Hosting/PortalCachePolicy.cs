using GovCms.Modules;
using GovCms.Security;
using GovCms.Tenants;
using GovCms.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace GovCms.Hosting;

/// <summary>
/// The output cache policy of public pages: anonymous GET and HEAD only, 200 responses without cookies,
/// keyed by host, path and the query keys pages read, tagged by site so a change evicts exactly what it touches.
/// </summary>
internal sealed class PortalCachePolicy(PortalCacheOptions options, TimeSpan expiry, TimeProvider clock) : IOutputCachePolicy
{
    /// <summary>The query keys the engine's public pages read; modules add theirs (<see cref="PortalQueryKey"/>). Any other query string is served from the same entry.</summary>
    private static readonly string[] EngineQueryKeys = ["page", "q"];

    private string[]? _queryKeys;

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var tenant = http.RequestServices.GetRequiredService<ICurrentTenant>().Tenant;
        var allowed = options.Enabled && tenant is not null && IsAnonymousRead(http.Request, tenant.Id);
        context.EnableOutputCaching = allowed;
        context.AllowCacheLookup = allowed;
        context.AllowCacheStorage = allowed;
        context.AllowLocking = true;
        if (!allowed)
        {
            return ValueTask.CompletedTask;
        }

        context.CacheVaryByRules.QueryKeys = new StringValues(_queryKeys ??= QueryKeys(http.RequestServices));
        context.CacheVaryByRules.VaryByHost = true;
        foreach (var tag in PortalCacheTags.For(tenant!))
        {
            context.Tags.Add(tag);
        }

        // The header shows today's date: nothing cached before midnight (Vietnam time) is served after it.
        var now = clock.GetUtcNow().UtcDateTime;
        var untilMidnight = VietnamTime.NextMidnightUtc(now) - now;
        context.ResponseExpirationTimeSpan = untilMidnight < expiry ? untilMidnight : expiry;
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        // The cache runs before routing and authentication, so what is stored is decided here, once both have run:
        // only public pages under this policy, answered 200 to nobody signed in, setting no cookie.
        var http = context.HttpContext;
        var response = http.Response;
        if (!PortalCaching.IsPortalPage(http.GetEndpoint()) || http.User.Identity?.IsAuthenticated == true ||
            response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    private static string[] QueryKeys(IServiceProvider services) =>
        [.. EngineQueryKeys.Concat(services.GetServices<PortalQueryKey>().Select(k => k.Name)).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>
    /// Signed-in people (and any request with credentials: a sign-in cookie of the site, valid or not) always get a
    /// fresh page, never a stored one.
    /// </summary>
    private static bool IsAnonymousRead(HttpRequest request, int tenantId) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) &&
        StringValues.IsNullOrEmpty(request.Headers.Authorization) &&
        !TenantCookieManager.HasAuthCookie(request, tenantId);
}

/// <summary>
/// Tags of a cached page: "site:{id}" for its own site, "tree:{id}" for it and every site above it (their names
/// and links show in its header and footer).
/// </summary>
public static class PortalCacheTags
{
    public static string Site(int tenantId) => $"site:{tenantId}";

    public static string Tree(int tenantId) => $"tree:{tenantId}";

    /// <summary>Kept per tenant context (the catalog replaces a context when its site changes), not built per request.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<TenantContext, string[]> Computed = new();

    public static IReadOnlyList<string> For(TenantContext tenant) =>
        Computed.GetValue(tenant, t => [Site(t.Id), Tree(t.Id), .. t.AncestorIds.Select(Tree)]);

    /// <summary>A page that shows what the sites above share down to it: their publications evict it too.</summary>
    public static void DependOnSitesAbove(HttpContext http, TenantContext tenant)
    {
        if (http.Features.Get<IOutputCacheFeature>() is { } cache)
        {
            foreach (var ancestor in tenant.AncestorIds)
            {
                cache.Context.Tags.Add(Site(ancestor));
            }
        }
    }
}
