using System.Net;
using GovCms.Contents;
using GovCms.Modules;
using GovCms.Tenants;
using GovCms.Tests.Infrastructure;
using GovCms.Tests.Modules.Announcements;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Modules;

/// <summary>A module owns its route segments: the ones it declares and its content types' prefixes are reserved for it alone.</summary>
public abstract class RouteSegmentTests(GovCmsSite site)
{
    [Fact]
    public async Task A_site_prefix_that_takes_a_modules_segment_is_refused_naming_the_module()
    {
        var (type, segment, host, free) = await site.InTenantAsync(null, async services =>
        {
            var tenants = services.GetRequiredService<TenantService>();
            var root = await RootAsync(services);
            TenantCreateRequest Commune(string prefix) => new() { DisplayName = "Xã " + prefix, Slug = "xa-" + prefix, Level = "district", ParentId = root.Id, UrlPrefix = prefix };
            return (await tenants.CreateAsync(Commune("thong-bao")), await tenants.CreateAsync(Commune("bang-tin")),
                await tenants.CreateAsync(Commune("admin")), await tenants.CreateAsync(Commune("tin-tuc")));
        });

        Assert.Contains("loại nội dung \"Thông báo\" của mô-đun \"Thông báo của đơn vị\"", type.Errors["urlPrefix"]);
        Assert.Contains("mô-đun \"Thông báo của đơn vị\"", segment.Errors["urlPrefix"]);
        Assert.Contains("'admin'", host.Errors["urlPrefix"]);
        // The news module is not in this host, so its prefix is free here.
        Assert.True(free.Succeeded, free.Message);
    }

    [Fact]
    public async Task Controllers_of_modules_the_host_does_not_list_are_not_served()
    {
        await site.InTenantAsync(null, RootAsync);
        using var client = site.Client();
        // The news module's search page exists in the assemblies the host references, but not in this host.
        using var response = await client.Http.GetAsync("/tim-kiem?q=a");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(site.Services.GetRequiredService<ModuleCatalog>().Find(ContentsModule.Id));
    }

    [Fact]
    public void Two_declarations_of_one_segment_stop_the_host()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ModuleCatalog([new AnnouncementsModule(), new ClashingModule()]));
        Assert.Contains("'thong-bao'", error.Message);
    }

    /// <summary>The root site, which answers every path that names no other site.</summary>
    private async Task<TenantContext> RootAsync(IServiceProvider services)
    {
        if (site.Catalog.Root is { } root)
        {
            return root;
        }

        var created = await services.GetRequiredService<TenantService>().CreateAsync(
            new TenantCreateRequest { DisplayName = "Tỉnh Thử", Level = "province", UrlPrefix = "" });
        Assert.True(created.Succeeded, created.Message);
        return created.Value!;
    }

    private sealed class ClashingModule : Module
    {
        public override ModuleManifest Manifest { get; } = new("Clashing", "Trùng", "");

        public override IEnumerable<string> RouteSegments => ["thong-bao"];
    }
}

public sealed class RouteSegmentSqliteTests(AnnouncementsSqliteSite site) : RouteSegmentTests(site), IClassFixture<AnnouncementsSqliteSite>;

public sealed class RouteSegmentPostgreSqlTests(AnnouncementsPostgreSqlSite site) : RouteSegmentTests(site), IClassFixture<AnnouncementsPostgreSqlSite>;
