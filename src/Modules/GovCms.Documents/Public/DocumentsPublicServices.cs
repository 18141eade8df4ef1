using GovCms.Modules;
using GovCms.Sitemaps;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Documents.Public;

public static class DocumentsPublicServices
{
    /// <summary>The registry's public pages: their services, their query parameters (for the output cache) and their sitemap entry.</summary>
    public static IServiceCollection AddDocumentsPublic(this IServiceCollection services)
    {
        services.AddScoped<DocumentRegistry>();
        services.AddScoped<DocumentPages>();
        services.AddPortalQueryKeys(RegistryFilter.Keys);
        services.AddSitemapContributor<DocumentsSitemap>();
        return services;
    }
}
