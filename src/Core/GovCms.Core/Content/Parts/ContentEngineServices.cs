using GovCms.Content.Fields;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Content.Parts;

internal static class ContentEngineServices
{
    /// <summary>The catalogs of types and parts, and what binds and prepares items through them.</summary>
    public static IServiceCollection AddContentParts(this IServiceCollection services)
    {
        services.AddSingleton<ContentTypeCatalog>();
        services.AddSingleton<ContentPartCatalog>();
        services.AddScoped<ContentPreparer>();
        services.AddScoped<ContentInputBinder>();
        services.AddSingleton<ContentOutput>();
        services.AddScoped<Editing.ContentEditors>();
        services.AddScoped<IContentRelations, ContentRelations>();
        services.AddScoped<Admin.ContentListFilters>();
        return services;
    }
}
