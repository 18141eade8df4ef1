using GovCms.Contents;
using GovCms.Media;
using GovCms.Samples.Notices;
using GovCms.TenantAdmin;
using GovCms.Tenants;
using GovCms.Tests.Infrastructure;
using GovCms.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GovCms.Tests.Modules.Notices;

/// <summary>
/// The journey's host: the site administration, accounts, media and the sample module, without the demo. Contents is
/// listed only because the generic content admin and its API still live in it (they are moving into the engine).
/// </summary>
public static class NoticesHost
{
    public static GovCms.Modules.Module[] Modules() => [new TenantsModule(), new UsersModule(), new MediaModule(), new ContentsModule(), new NoticesModule()];

    /// <summary>Switches the module on for every site of a host that has sites already (the demo network).</summary>
    public static IHost OnEverySite(IHost host)
    {
        using var scope = host.Services.CreateScope();
        var tenants = scope.ServiceProvider.GetRequiredService<TenantService>();
        var catalog = scope.ServiceProvider.GetRequiredService<ITenantCatalog>();
        var sites = new Stack<TenantContext>(catalog.Root is { } root ? [root] : []);
        while (sites.TryPop(out var site))
        {
            var enabled = tenants.SetFeatureAsync(site.Id, NoticesModule.Id, true).GetAwaiter().GetResult();
            Assert.True(enabled.Succeeded, enabled.Message);
            catalog.Children(site.Id).ToList().ForEach(sites.Push);
        }

        return host;
    }
}

public sealed class NoticesSqliteSite() : ModuleSqliteSite(NoticesHost.Modules());

public sealed class NoticesPostgreSqlSite() : ModulePostgreSqlSite(NoticesHost.Modules());
