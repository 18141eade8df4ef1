using GovCms.Content.Display;
using GovCms.Sitemaps;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Content.Public;

public static class PublicContentServices
{
    /// <summary>The generic public pages, the part displays they are made of, the index of what is shared downward and the sitemap.</summary>
    public static IServiceCollection AddPublicContent(this IServiceCollection services)
    {
        services.AddScoped<ContentDisplays>();
        services.AddScoped<PublicContentPages>();
        services.AddScoped<ContentViews>();
        services.AddSingleton<PublicContentOutput>();
        services.Configure<RouteOptions>(routes => routes.ConstraintMap[PublicContentPrefix.Name] = typeof(PublicContentPrefix));
        services.AddSharedContentIndex();
        services.AddScoped<PublishedItemsSitemap>();
        services.AddScoped<SiteSitemap>();
        return services;
    }
}
