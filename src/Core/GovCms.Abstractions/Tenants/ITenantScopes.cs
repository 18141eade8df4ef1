using GovCms.Data;

namespace GovCms.Tenants;

/// <summary>
/// The one way to read rows of other sites and to run code as another site. Queries of tenant-owned entities
/// are filtered by the current site; code that must see more asks here with a <see cref="SiteScope"/>.
/// </summary>
public interface ITenantScopes
{
    /// <summary>Rows of <typeparamref name="T"/> of the sites in the scope, whatever the current site is.</summary>
    /// <remarks>
    /// <see cref="SiteScope.VisibleFrom"/> needs rows that carry sharing; use a content index for it. A query of any
    /// other site than the current one reads past the site filter, and so does every set it is composed with (a join,
    /// a subquery): restrict those sets by site too, or read them through this method with the same scope.
    /// </remarks>
    IQueryable<T> Query<T>(SiteScope scope) where T : class, ITenantOwned;

    /// <summary>The ids of the sites in the scope, as a query (to join or count with, not to load).</summary>
    IQueryable<int> SiteIds(SiteScope scope);

    /// <summary>
    /// Runs <paramref name="work"/> in a new service scope set to the site: its services (content manager,
    /// settings, the tenant filter) act as that site. The caller's unit of work is not shared.
    /// </summary>
    Task RunInAsync(int tenantId, Func<IServiceProvider, Task> work, CancellationToken cancellationToken = default);

    /// <inheritdoc cref="RunInAsync(int, Func{IServiceProvider, Task}, CancellationToken)"/>
    Task<T> RunInAsync<T>(int tenantId, Func<IServiceProvider, Task<T>> work, CancellationToken cancellationToken = default);
}
