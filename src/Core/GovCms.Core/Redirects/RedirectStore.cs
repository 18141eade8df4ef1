using GovCms.Data;
using GovCms.Tenants;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Redirects;

/// <summary>
/// The redirects of the sites. Adding one collapses chains (A→B, then B→C, leaves A→C and B→C) and never keeps a
/// loop or a redirect away from a live address (B→A after A→B removes A→B). Changes join the caller's unit of work:
/// the caller saves them with the change that moved the address.
/// </summary>
public sealed class RedirectStore(GovCmsDbContext db, ITenantScopes scopes, TimeProvider clock)
{
    /// <summary>Records that <paramref name="from"/> of the tenant now answers with <paramref name="to"/>.</summary>
    public async Task AddAsync(int tenantId, string from, string to, CancellationToken cancellationToken = default)
    {
        if (string.Equals(from, to, StringComparison.Ordinal))
        {
            return;
        }

        var stored = await Of(tenantId).Where(r => r.FromPath == from || r.FromPath == to || r.ToPath == from).ToListAsync(cancellationToken);
        // Rows added earlier in the same unit of work count too (a retirement adds many before it saves).
        var rows = stored.Union(UnitOfWork.Added<Redirect>(db, r => r.TenantId == tenantId
            && (r.FromPath == from || r.FromPath == to || r.ToPath == from))).ToList();
        foreach (var row in rows)
        {
            if (row.FromPath == to)
            {
                // The new address is live: nothing may lead away from it.
                db.Remove(row);
            }
            else if (row.ToPath == from)
            {
                row.ToPath = to;
            }
        }

        if (rows.FirstOrDefault(r => r.FromPath == from) is { } existing)
        {
            existing.ToPath = to;
        }
        else
        {
            db.Add(new Redirect { TenantId = tenantId, FromPath = from, ToPath = to, CreatedUtc = clock.GetUtcNow().UtcDateTime });
        }
    }

    /// <summary>Removes the redirects that lead to an address that is gone for good (its item was deleted).</summary>
    public async Task RemoveToAsync(int tenantId, string to, CancellationToken cancellationToken = default) =>
        db.RemoveRange(await Of(tenantId).Where(r => r.ToPath == to).ToListAsync(cancellationToken));

    /// <summary>Where an address of the tenant now is, or null.</summary>
    public Task<string?> FindAsync(int tenantId, string path, CancellationToken cancellationToken = default) =>
        Of(tenantId).AsNoTracking().Where(r => r.FromPath == path).Select(r => r.ToPath).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<Redirect>> ListAsync(int tenantId, CancellationToken cancellationToken = default) =>
        await Of(tenantId).AsNoTracking().OrderBy(r => r.FromPath).ToListAsync(cancellationToken);

    /// <summary>The rows of one tenant, whichever the current one is (a retired site is never the current tenant).</summary>
    private IQueryable<Redirect> Of(int tenantId) =>
        scopes.Query<Redirect>(SiteScope.Site(tenantId));
}
