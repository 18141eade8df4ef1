using GovCms.Data;
using GovCms.Redirects;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Tenants;

/// <summary>
/// Where the addresses of a retired tenant go on its successor. By default to the same path; an item whose slug
/// had to change when it moved (its successor had one of the same name) has a row in the retired tenant's
/// redirects (<see cref="RedirectStore"/>), so its old address still finds it.
/// </summary>
public static class RetiredRedirects
{
    /// <summary>Where older versions kept these redirects: settings keys "RedirectFrom:{old path}" of the retired tenant.</summary>
    public const string LegacyKeyPrefix = "RedirectFrom:";

    /// <summary>The path on the successor for a path of the retired tenant.</summary>
    public static async Task<string> TargetAsync(RedirectStore redirects, TenantContext retired, string path, CancellationToken cancellationToken = default) =>
        await redirects.FindAsync(retired.Id, RedirectMiddleware.Normalized(path), cancellationToken) ?? path;

    /// <summary>
    /// Moves the settings keys of older versions into the redirects table, once: a key is removed only in the same
    /// save that adds its row, so nothing is lost if the host stops halfway. Runs at startup; finds nothing to do
    /// after the first time.
    /// </summary>
    public static async Task MoveLegacySettingsAsync(GovCmsDbContext db, RedirectStore redirects, CancellationToken cancellationToken = default)
    {
        // Only the rows that have such a key are read: the settings are JSON text on both providers.
        var tenants = db.Model.FindEntityType(typeof(Tenant))!;
        var table = tenants.GetTableName();
        var settingsColumn = tenants.FindProperty(nameof(Tenant.Settings))!.GetColumnName();
        // Names from the model, the pattern as a parameter.
        var sql = "SELECT \"Id\" AS \"Value\" FROM \"" + table + "\" WHERE \"" + settingsColumn + "\" LIKE {0}";
        var ids = await db.Database.SqlQueryRaw<int>(sql, $"%\"{LegacyKeyPrefix}%").ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return;
        }

        using (db.CrossTenantWrites())
        {
            foreach (var tenant in await db.Set<Tenant>().Where(t => ids.Contains(t.Id)).ToListAsync(cancellationToken))
            {
                var settings = tenant.Settings.ToDictionary();
                foreach (var (key, to) in tenant.Settings.Where(s => s.Key.StartsWith(LegacyKeyPrefix, StringComparison.Ordinal)))
                {
                    await redirects.AddAsync(tenant.Id, key[LegacyKeyPrefix.Length..], to, cancellationToken);
                    settings.Remove(key);
                }

                tenant.Settings = settings;
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
    }
}
