using GovCms.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tenants;

/// <summary>Reads across sites through the closure table and runs code as another site (see <see cref="ITenantScopes"/>).</summary>
internal sealed class TenantScopes(GovCmsDbContext db, ITenantCatalog catalog, IServiceScopeFactory scopeFactory) : ITenantScopes
{
    public IQueryable<T> Query<T>(SiteScope scope) where T : class, ITenantOwned
    {
        // The current site's rows are what the site filter reads already; keeping the filter keeps it on every set
        // the query is composed with, where ignoring it would make them read the rows of the whole host.
        var rows = scope is SiteScope.SiteOnly own && own.TenantId != 0 && own.TenantId == db.CurrentTenantId
            ? db.Set<T>()
            : db.Set<T>().IgnoreQueryFilters([GovCmsDbContext.TenantFilter]);
        return scope switch
        {
            SiteScope.SiteOnly site => rows.Where(r => r.TenantId == site.TenantId),
            SiteScope.AllSites => rows,
            SiteScope.VisibleFromSite => throw new ArgumentException(
                $"{typeof(T).Name} carries no sharing: read what a site may see through a content index.", nameof(scope)),
            _ => rows.Where(r => SiteIds(scope).Contains(r.TenantId)),
        };
    }

    public IQueryable<int> SiteIds(SiteScope scope) => scope switch
    {
        SiteScope.SiteOnly site => db.Set<Tenant>().Where(t => t.Id == site.TenantId).Select(t => t.Id),
        SiteScope.SubtreeOf subtree => db.Set<TenantAncestry>().Where(a => a.AncestorId == subtree.TenantId).Select(a => a.DescendantId),
        SiteScope.SitesIn sites => db.Set<Tenant>().Where(t => sites.TenantIds.Contains(t.Id)).Select(t => t.Id),
        SiteScope.VisibleFromSite site => db.Set<TenantAncestry>().Where(a => a.DescendantId == site.TenantId).Select(a => a.AncestorId),
        SiteScope.AllSites => db.Set<Tenant>().Select(t => t.Id),
        _ => throw new ArgumentOutOfRangeException(nameof(scope)),
    };

    public Task RunInAsync(int tenantId, Func<IServiceProvider, Task> work, CancellationToken cancellationToken = default) =>
        RunInAsync<bool>(tenantId, async services =>
        {
            await work(services);
            return true;
        }, cancellationToken);

    public async Task<T> RunInAsync<T>(int tenantId, Func<IServiceProvider, Task<T>> work, CancellationToken cancellationToken = default)
    {
        var tenant = catalog.Find(tenantId) ?? throw new ArgumentException($"No tenant {tenantId}.", nameof(tenantId));
        cancellationToken.ThrowIfCancellationRequested();
        await using var scope = scopeFactory.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Set(tenant);
        return await work(scope.ServiceProvider);
    }
}
