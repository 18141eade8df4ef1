using GovCms.Content.Display;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Content.Public;

public static class PublicContentServices
{
    /// <summary>The generic public pages, the part displays they are made of and the index of what is shared downward.</summary>
    public static IServiceCollection AddPublicContent(this IServiceCollection services)
    {
        services.AddScoped<ContentDisplays>();
        services.AddScoped<PublicContentPages>();
        services.AddScoped<ContentViews>();
        services.AddSingleton<PublicContentOutput>();
        services.Configure<RouteOptions>(routes => routes.ConstraintMap[PublicContentPrefix.Name] = typeof(PublicContentPrefix));
        services.AddSharedContentIndex();
        return services;
    }
}
