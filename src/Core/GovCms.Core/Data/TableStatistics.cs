using Microsoft.EntityFrameworkCore;

namespace GovCms.Data;

/// <summary>
/// Keeps PostgreSQL's planner statistics in step while one transaction adds many rows (an import of thousands of items).
/// The statistics of the tables it grows date from before it began, so a site that held few rows still looks small,
/// and the planner picks any index of the site for a lookup by slug or number, then filters every row the transaction
/// added: each lookup gets slower as the import goes on. ANALYZE inside the transaction counts its own rows.
/// SQLite needs nothing: its planner does not rely on gathered statistics here.
/// </summary>
internal sealed class TableStatistics(GovCmsDbContext db)
{
    private const int FirstRefresh = 1000;

    private readonly HashSet<string> _tables = [];
    private int _added;
    private int _next = FirstRefresh;

    /// <summary>Before a save of many items: notes the tables the unit of work adds rows to.</summary>
    public void Adding()
    {
        if (db.Provider == DatabaseProvider.PostgreSql)
        {
            _tables.UnionWith(db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).Select(e => e.Metadata.GetTableName()).OfType<string>());
        }
    }

    /// <summary>After the save of <paramref name="items"/> items: refreshes the noted tables' statistics each time the count has quadrupled.</summary>
    public async Task AddedAsync(int items, CancellationToken cancellationToken)
    {
        _added += items;
        if (db.Provider != DatabaseProvider.PostgreSql || _added < _next || db.Database.CurrentTransaction is null || _tables.Count == 0)
        {
            return;
        }

        _next *= 4;
        var tables = string.Join(", ", _tables.Select(t => $"\"{t.Replace("\"", "\"\"", StringComparison.Ordinal)}\""));
        // The names are the model's own table names, quoted.
#pragma warning disable EF1003
        await db.Database.ExecuteSqlRawAsync("ANALYZE " + tables, cancellationToken);
#pragma warning restore EF1003
    }
}
