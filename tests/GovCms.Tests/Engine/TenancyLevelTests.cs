using GovCms.Tenants;
using GovCms.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Engine;

/// <summary>A host configured for the tree after the 2025 reform: provinces and communes, no districts.</summary>
public sealed class ReformSite : SqliteSite
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("GovCms:Demo:Enabled", "false");
        builder.UseSetting("GovCms:Tenancy:Levels:0:Name", "province");
        builder.UseSetting("GovCms:Tenancy:Levels:0:DisplayName", "Tỉnh, thành phố");
        builder.UseSetting("GovCms:Tenancy:Levels:1:Name", "commune");
        builder.UseSetting("GovCms:Tenancy:Levels:1:DisplayName", "Xã, phường, đặc khu");
        builder.UseSetting("GovCms:Tenancy:Levels:1:Parents:0", "province");
    }
}

public sealed class TenancyLevelTests(ReformSite site) : IClassFixture<ReformSite>
{
    [Fact]
    public async Task The_levels_of_the_tree_come_from_configuration()
    {
        var outcome = await site.InTenantAsync(null, async services =>
        {
            var tenants = services.GetRequiredService<TenantService>();
            var province = await tenants.CreateAsync(new TenantCreateRequest { DisplayName = "Tỉnh Thanh Hóa", Level = "province", UrlPrefix = "" });
            Assert.True(province.Succeeded, string.Join(" ", province.Errors.Values));
            var commune = await tenants.CreateAsync(new TenantCreateRequest { DisplayName = "Phường Hạc Thành", Level = "commune", ParentId = province.Value!.Id });
            Assert.True(commune.Succeeded, string.Join(" ", commune.Errors.Values));

            var district = await tenants.CreateAsync(new TenantCreateRequest { DisplayName = "Huyện Đông Sơn", Level = "district", ParentId = province.Value.Id });
            var orphan = await tenants.CreateAsync(new TenantCreateRequest { DisplayName = "Xã Mồ Côi", Level = "commune" });
            var underCommune = await tenants.CreateAsync(new TenantCreateRequest { DisplayName = "Xã Con", Level = "commune", ParentId = commune.Value!.Id });
            return (district, orphan, underCommune);
        });

        Assert.Contains("Các cấp: province, commune", outcome.district.Errors["level"]);
        Assert.Contains("phải có đơn vị cấp trên", outcome.orphan.Errors["parentId"]);
        Assert.Contains("không thể có đơn vị con", outcome.underCommune.Errors["level"]);
        Assert.Equal(2, site.Catalog.Count);
    }

    [Fact]
    public async Task Bad_tenant_input_is_named_and_nothing_is_created()
    {
        var before = site.Catalog.Count;
        var outcome = await site.InTenantAsync(null, services => services.GetRequiredService<TenantService>().CreateAsync(
            new TenantCreateRequest { DisplayName = "  ", Level = "province", UrlPrefix = "admin", Features = ["KhongCo"] }));

        Assert.False(outcome.Succeeded);
        Assert.Equal("Vui lòng nhập tên đơn vị.", outcome.Errors["displayName"]);
        Assert.Contains("'admin'", outcome.Errors["urlPrefix"]);
        Assert.Contains("KhongCo", outcome.Errors["features"]);
        Assert.Equal(before, site.Catalog.Count);
    }
}
