using GovCms.Data;
using GovCms.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Content;

public static class ContentReferenceServices
{
    /// <summary>The references table of content (files and links), kept on save and read by where-used and back links.</summary>
    public static IServiceCollection AddContentReferences(this IServiceCollection services)
    {
        services.AddSingleton<IModelContributor, ContentReferenceModel>();
        services.AddSingleton<ContentReferenceReader>();
        services.AddScoped<IContentHandler, ContentReferenceHandler>();
        services.AddScoped<ITenantRetirementHandler, ContentReferenceRetirement>();
        return services;
    }
}
