using GovCms.Data;
using GovCms.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Content;

/// <summary>
/// References of databases made before the table existed. The migration that adds it marks every item "pending"
/// (<see cref="MarkSql"/>: SQL cannot tell which fields of a part hold files or links); at startup the engine reads
/// the latest and the published version of each marked item through its parts and writes its rows in place of the
/// mark, a batch per SaveChanges, so a host stopped halfway goes on where it stopped.
/// </summary>
public static class ContentReferenceFill
{
    private const int Batch = 200;

    /// <summary>One "pending" row per item not deleted; kept as it is when the migration is regenerated.</summary>
    public static string MarkSql(DatabaseProvider provider) =>
        $"""
        INSERT INTO "ContentReferences" ("TenantId", "FromItemId", "Kind", "Target", "Field", "Latest", "Published")
        SELECT "TenantId", "Id", '{ContentReferenceKinds.Pending}', '', '', {False(provider)}, {False(provider)} FROM "ContentItems" WHERE NOT "Deleted";
        """;

    public static async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var db = services.GetRequiredService<GovCmsDbContext>();
        var scopes = services.GetRequiredService<ITenantScopes>();
        var reader = services.GetRequiredService<ContentReferenceReader>();
        while (true)
        {
            var pending = await scopes.Query<ContentReference>(SiteScope.Everywhere)
                .Where(r => r.Kind == ContentReferenceKinds.Pending).OrderBy(r => r.Id).Take(Batch).ToListAsync(cancellationToken);
            if (pending.Count == 0)
            {
                return;
            }

            var ids = pending.Select(r => r.FromItemId).Distinct().ToList();
            var rows = await scopes.Query<ContentReference>(SiteScope.Everywhere).Where(r => ids.Contains(r.FromItemId)).ToListAsync(cancellationToken);
            var versions = await scopes.Query<ContentVersionRecord>(SiteScope.Everywhere)
                .Where(v => ids.Contains(v.ContentItemId) && (v.Latest || v.Published)).AsNoTracking().ToListAsync(cancellationToken);
            using (db.CrossTenantWrites())
            {
                db.RemoveRange(rows);
                foreach (var version in versions)
                {
                    foreach (var row in reader.Of(ContentRecordMapper.ToItem(version)))
                    {
                        row.TenantId = version.TenantId;
                        row.Latest = version.Latest;
                        row.Published = version.Published;
                        db.Add(row);
                    }
                }

                await db.SaveChangesAsync(cancellationToken);
            }

            db.ChangeTracker.Clear();
        }
    }

    private static string False(DatabaseProvider provider) => provider == DatabaseProvider.PostgreSql ? "FALSE" : "0";
}
