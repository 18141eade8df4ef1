using GovCms.Data;
using GovCms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Engine;

public sealed class DataModelTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    [Fact]
    public async Task Every_entity_is_tenant_owned_with_the_tenant_filter_or_explicitly_host_level()
    {
        var model = await site.InTenantAsync(null, services => Task.FromResult(services.GetRequiredService<GovCmsDbContext>().Model));
        var entityTypes = model.GetEntityTypes().ToList();
        Assert.Contains(entityTypes, e => e.ClrType == typeof(GovCms.Contents.Categories.Category));

        var unmarked = entityTypes.Where(e => !IsTenantOwned(e) && !e.IsHostLevel()).Select(e => e.DisplayName()).ToList();
        Assert.True(unmarked.Count == 0, $"Neither tenant-owned nor host-level: {string.Join(", ", unmarked)}");

        var unfiltered = entityTypes.Where(e => IsTenantOwned(e) && e.FindDeclaredQueryFilter(GovCmsDbContext.TenantFilter) is null)
            .Select(e => e.DisplayName()).ToList();
        Assert.True(unfiltered.Count == 0, $"Tenant-owned without the tenant filter: {string.Join(", ", unfiltered)}");
        Assert.DoesNotContain(entityTypes, e => IsTenantOwned(e) && e.IsHostLevel());
    }

    [Fact]
    public async Task Tenant_owned_rows_cannot_be_written_for_another_tenant_by_mistake()
    {
        var commune = site.Tenant(Demo.Commune);
        var sibling = site.Tenant(Demo.SiblingCommune);
        var error = await site.InTenantAsync(commune, async services =>
        {
            var db = services.GetRequiredService<GovCmsDbContext>();
            db.Add(new GovCms.Contents.Categories.Category { TenantId = sibling.Id, Name = "Lọt sang xã khác", Slug = "lot-sang" });
            return await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        });
        Assert.Contains($"of tenant {sibling.Id} from tenant {commune.Id}", error.Message);

        var withoutTenant = await site.InTenantAsync(null, async services =>
        {
            var db = services.GetRequiredService<GovCmsDbContext>();
            return (await db.Set<GovCms.Contents.Categories.Category>().CountAsync(),
                await db.Set<GovCms.Contents.Categories.Category>().IgnoreQueryFilters([GovCmsDbContext.TenantFilter]).CountAsync());
        });
        Assert.Equal(0, withoutTenant.Item1);
        Assert.True(withoutTenant.Item2 > 0);
    }

    [Fact]
    public async Task A_slug_lookup_under_the_soft_delete_filter_reads_the_partial_slug_index_on_sqlite()
    {
        // SQLite uses a partial index only when the query repeats its filter term, and seeks no index column with a bare
        // boolean; otherwise every slug check of a site scans all its items (10,000 documents made an import five times slower).
        var plan = await PlanAsync(db => db.Set<GovCms.Content.ContentItemRecord>().Where(i => i.Slug == "gioi-thieu" && i.Id != "x").Select(i => i.Id));

        Assert.Contains("USING INDEX IX_ContentItems_TenantId_Slug (TenantId=? AND Slug=?)", plan);
    }

    [Fact]
    public async Task A_listing_of_published_versions_seeks_the_published_column_of_its_index_and_sorts_nothing_on_sqlite()
    {
        var plan = await PlanAsync(db => db.Set<GovCms.Content.ContentVersionRecord>()
            .Where(v => v.ContentType == "Article" && v.Published).OrderByDescending(v => v.SortDateUtc).Select(v => v.Id).Take(20));

        Assert.Contains("INDEX IX_ContentItemVersions_TenantId_ContentType_Published_SortDateUtc (TenantId=? AND ContentType=? AND Published=?)", plan);
        Assert.DoesNotContain("TEMP B-TREE", plan);
    }

    /// <summary>SQLite's EXPLAIN QUERY PLAN of the query EF makes, its steps joined by " | ".</summary>
    private Task<string> PlanAsync<T>(Func<GovCmsDbContext, IQueryable<T>> query) =>
        site.InTenantAsync(site.Tenant(Demo.Commune), async services =>
        {
            var db = services.GetRequiredService<GovCmsDbContext>();
            var sql = query(db).ToQueryString();
            var statement = string.Join('\n', sql.Split('\n').Where(l => !l.StartsWith(".param", StringComparison.Ordinal)));
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + statement;
            var steps = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                steps.Add(reader.GetString(3));
            }

            return string.Join(" | ", steps);
        });

    private static bool IsTenantOwned(IEntityType entityType) => typeof(ITenantOwned).IsAssignableFrom(entityType.ClrType);
}
