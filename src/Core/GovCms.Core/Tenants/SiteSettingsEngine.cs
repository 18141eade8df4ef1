using GovCms.Recipes;
using GovCms.Recipes.Steps;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tenants;

internal static class SiteSettingsEngine
{
    /// <summary>The typed settings of modules: the catalog, the store, <see cref="ISiteSettings{T}"/>, the recipe step and its export.</summary>
    public static IServiceCollection AddSiteSettingsEngine(this IServiceCollection services)
    {
        services.AddSingleton<SiteSettingsCatalog>();
        services.AddScoped<SiteSettingsStore>();
        services.AddScoped(typeof(ISiteSettings<>), typeof(CurrentSiteSettings<>));
        services.AddRecipeStep<SiteSettingsStep>();
        services.AddScoped<IRecipeExportContributor, SiteSettingsExport>();
        return services;
    }
}
