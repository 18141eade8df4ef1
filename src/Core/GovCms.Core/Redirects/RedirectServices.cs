using GovCms.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Redirects;

public static class RedirectServices
{
    public static IServiceCollection AddGovCmsRedirects(this IServiceCollection services)
    {
        services.AddSingleton<IModelContributor, RedirectModel>();
        services.AddScoped<RedirectStore>();
        return services;
    }

    /// <summary>Old addresses answer 301 where the request would answer 404; call right after the status-code pages.</summary>
    public static IApplicationBuilder UseGovCmsRedirects(this IApplicationBuilder app) => app.UseMiddleware<RedirectMiddleware>();
}
