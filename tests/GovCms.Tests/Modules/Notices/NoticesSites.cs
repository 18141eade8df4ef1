using System.Text.Json.Nodes;
using GovCms.Media;
using GovCms.Provisioning;
using GovCms.Samples.Notices;
using GovCms.Security;
using GovCms.TenantAdmin;
using GovCms.Tenants;
using GovCms.Tests.Infrastructure;
using GovCms.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GovCms.Tests.Modules.Notices;

/// <summary>
/// The journey's host: the site administration, accounts, media and the sample module, without the demo and without the
/// news module (Contents): the content admin, its API and the public pages of the type are the engine's.
/// </summary>
public static class NoticesHost
{
    public static GovCms.Modules.Module[] Modules() => [new TenantsModule(), new UsersModule(), new MediaModule(), new NoticesModule()];

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

/// <summary>
/// The journey's sites, provisioned by the host: a province, a district under it, two communes under the district;
/// each with Notices on and an administrator "quantri.{prefix}" (password <see cref="Demo.Password"/>).
/// </summary>
public static class NoticeNetwork
{
    public const string Province = "tinh-thu";
    public const string District = "huyen-thu";
    public const string Commune = "xa-thu";
    public const string SiblingCommune = "xa-ben";

    public static IHost Provision(IHost host)
    {
        var provisioner = host.Services.GetRequiredService<TenantProvisioner>();
        foreach (var (level, code, name, prefix, parent) in new[]
        {
            ("province", "90", "Tỉnh Thử", Province, ""), ("district", "901", "Huyện Thử", District, "90"),
            ("commune", "90101", "Xã Thử", Commune, "901"), ("commune", "90102", "Xã Bên", SiblingCommune, "901"),
        })
        {
            var result = provisioner.ProvisionAsync(new ProvisioningRequest { RecipeJson = Recipe(level, code, name, prefix, parent) }).GetAwaiter().GetResult();
            Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        }

        return host;
    }

    private static string Recipe(string level, string code, string name, string prefix, string parent) => new JsonObject
    {
        ["name"] = $"don-vi-{code}",
        ["description"] = name,
        ["version"] = "1.0.0",
        ["tenant"] = new JsonObject { ["level"] = level, ["name"] = code, ["displayName"] = name, ["parent"] = parent, ["slug"] = prefix, ["urlPrefix"] = prefix },
        ["steps"] = new JsonArray(
            new JsonObject { ["name"] = "features", ["enable"] = new JsonArray((JsonNode)NoticesModule.Id) },
            new JsonObject
            {
                ["name"] = "users",
                ["users"] = new JsonArray(new JsonObject
                {
                    ["userName"] = Demo.Administrator(prefix), ["displayName"] = $"Quản trị {name}", ["password"] = Demo.Password,
                    ["roles"] = new JsonArray((JsonNode)BuiltInRoles.Administrator),
                }),
            }),
    }.ToJsonString();
}

public sealed class NoticesSqliteSite() : ModuleSqliteSite(NoticesHost.Modules())
{
    protected override IHost CreateHost(IHostBuilder builder) => NoticeNetwork.Provision(base.CreateHost(builder));
}

public sealed class NoticesPostgreSqlSite() : ModulePostgreSqlSite(NoticesHost.Modules())
{
    protected override IHost CreateHost(IHostBuilder builder) => NoticeNetwork.Provision(base.CreateHost(builder));
}
