using GovCms.Data;
using GovCms.Provisioning;
using GovCms.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tenants;

public static class TenantTreeServices
{
    /// <summary>
    /// The rules of host names, who provisions and the permissions of recipe steps for callers of the admin, and the
    /// poller that brings tree changes of other hosts into this host's catalog; the closure table of the tree and the
    /// one way to read across sites (<see cref="ITenantScopes"/>).
    /// </summary>
    public static IServiceCollection AddTenantTree(this IServiceCollection services)
    {
        services.AddSingleton<ReservedHostNames>();
        services.AddScoped<HostNameRules>();
        services.AddScoped<ProvisioningCallers>();
        services.AddSingleton<RecipeStepPermissions>();
        services.AddHostedService<TenantChangePoller>();
        services.AddSingleton<IModelContributor, TenantAncestryModel>();
        services.AddScoped<ITenantScopes, TenantScopes>();
        return services;
    }
}
