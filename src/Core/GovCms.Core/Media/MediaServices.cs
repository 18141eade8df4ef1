using GovCms.Data;
using GovCms.Tenants;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Media;

public static class MediaServices
{
    /// <summary>Uploaded files: the store on disk, the library of each site, and what retiring a site does to its files.</summary>
    public static IServiceCollection AddGovCmsMedia(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.Configure<MediaOptions>(configuration.GetSection("GovCms:Media"));
        services.PostConfigure<MediaOptions>(options => options.Root ??= Path.Combine(contentRoot, "App_Data", "media"));
        services.AddSingleton<IModelContributor, MediaModel>();
        services.AddScoped<MediaStore>();
        services.AddScoped<MediaLibrary>();
        services.AddScoped<UnlistedMedia>();
        services.AddScoped<IMediaLibrary>(sp => sp.GetRequiredService<MediaLibrary>());
        services.AddScoped<ITenantRetirementHandler, MediaRetirement>();
        return services;
    }
}
