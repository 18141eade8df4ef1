using GovCms.Content.Indexing;
using GovCms.Data;
using GovCms.Tenants;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Content;

/// <summary>Queries of one declared index through the closure table of the tenant tree (see <see cref="IContentIndex{TRow}"/>).</summary>
internal sealed class ContentIndex<TRow>(ITenantScopes scopes, ITenantCatalog catalog, GovCmsDbContext db) : IContentIndex<TRow>
    where TRow : ContentIndexRow
{
    public IQueryable<TRow> Query(SiteScope scope, IndexedVersion version = IndexedVersion.Published)
    {
        var rows = scope is SiteScope.VisibleFromSite site ? VisibleFrom(site.TenantId) : scopes.Query<TRow>(scope);
        rows = rows.AsNoTracking();
        return version == IndexedVersion.Published ? rows.Where(r => r.Published) : rows.Where(r => r.Latest);
    }

    public async Task<IndexPage<TRow>> PageAsync(IQueryable<TRow> ordered, int page, int size, CancellationToken cancellationToken = default)
    {
        (page, size) = Paging.Clamp(page, size);
        var total = await ordered.LongCountAsync(cancellationToken);
        if (total == 0)
        {
            return new IndexPage<TRow>([], total, page, size);
        }

        // The page's ids first, then only those rows: ordering and skipping read the index alone where the module's
        // index carries the filter and sort columns, instead of every matching row (SQLite sorts whole rows).
        var ids = await ordered.Select(r => r.Id).Page(page, size).ToListAsync(cancellationToken);
        var rows = await scopes.Query<TRow>(SiteScope.Everywhere).AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        return new IndexPage<TRow>([.. ids.Where(rows.ContainsKey).Select(id => rows[id])], total, page, size);
    }

    public async Task<IReadOnlyDictionary<int, int>> CountBySiteAsync(IQueryable<TRow> query, CancellationToken cancellationToken = default) =>
        await query.GroupBy(r => r.TenantId)
            .Select(g => new { TenantId = g.Key, Items = g.Select(r => r.ContentItemId).Distinct().Count() })
            .ToDictionaryAsync(g => g.TenantId, g => g.Items, cancellationToken);

    /// <summary>
    /// The site's own rows, and its ancestors' rows shared downward to every level or to the site's: the rows of
    /// the site's chain (itself and its ancestors, from the closure table: one index seek each), then the sharing condition.
    /// </summary>
    private IQueryable<TRow> VisibleFrom(int tenantId)
    {
        var level = "|" + LevelOf(tenantId).ToLowerInvariant() + "|";
        var chain = scopes.SiteIds(SiteScope.VisibleFrom(tenantId));
        return scopes.Query<TRow>(SiteScope.Everywhere)
            .Where(r => chain.Contains(r.TenantId))
            .Where(r => r.TenantId == tenantId || (r.SharedDownward && (r.SharedLevels == "" || r.SharedLevels.Contains(level))));
    }

    private string LevelOf(int tenantId) =>
        catalog.Find(tenantId)?.Level ?? db.Set<Tenant>().Where(t => t.Id == tenantId).Select(t => t.Level).SingleOrDefault() ?? "";
}
