using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Modules;

/// <summary>
/// A query parameter a module's public pages read (e.g. a listing's filter "loai"): the output cache of public pages keeps
/// one entry per value of each declared key ("page" and "q" are the engine's), and serves every other query string from
/// the same entry, so unknown parameters cannot fill the cache.
/// </summary>
public sealed record PortalQueryKey(string Name);

public static class PortalQueryKeyServices
{
    /// <summary>Declares query parameters that change what a module's public pages show.</summary>
    public static IServiceCollection AddPortalQueryKeys(this IServiceCollection services, params string[] names)
    {
        foreach (var name in names)
        {
            services.AddSingleton(new PortalQueryKey(name));
        }

        return services;
    }
}
