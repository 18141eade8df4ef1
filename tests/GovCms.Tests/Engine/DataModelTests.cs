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

    private static bool IsTenantOwned(IEntityType entityType) => typeof(ITenantOwned).IsAssignableFrom(entityType.ClrType);
}
