using Microsoft.EntityFrameworkCore;

namespace GovCms.Data;

/// <summary>
/// What the current unit of work has added and not saved yet. Read without detecting changes: an entity is known
/// as added from the moment it is added, while <c>DbSet.Local</c> and <c>Entry()</c> detect changes over everything
/// tracked first, which is most of the cost where a unit of work tracks a whole site (provisioning).
/// </summary>
internal static class UnitOfWork
{
    /// <summary>Whether the entity of that key is added and not saved yet (a lookup by key, not a scan).</summary>
    public static bool IsAdded<T, TKey>(GovCmsDbContext db, TKey key) where T : class =>
        WithoutDetecting(db, () => db.Set<T>().Local.FindEntry<TKey>(key)?.State == EntityState.Added);

    public static List<T> Added<T>(GovCmsDbContext db, Func<T, bool> match) where T : class =>
        WithoutDetecting(db, () => db.ChangeTracker.Entries<T>().Where(e => e.State == EntityState.Added && match(e.Entity)).Select(e => e.Entity).ToList());

    private static TResult WithoutDetecting<TResult>(GovCmsDbContext db, Func<TResult> read)
    {
        var tracker = db.ChangeTracker;
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return read();
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }
}
