using GovCms.Hosting;
using GovCms.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Infrastructure;

/// <summary>
/// The host's services without a server, as the command line builds them: every module and theme, on the given
/// settings (the database, the media root…). For a test that reads a database another process wrote, or works offline.
/// </summary>
internal static class EngineServices
{
    /// <summary>Builds the services; <paramref name="extra"/> adds or replaces some before the provider is built.</summary>
    public static ServiceProvider Build(IDictionary<string, string?> settings, string contentRoot, Action<IServiceCollection>? extra = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddGovCms(configuration, contentRoot, HostModules.All(), HostThemes.All());
        extra?.Invoke(services);
        return services.BuildServiceProvider();
    }

    /// <summary>Builds the services and initialises the engine (migrations unless the settings say otherwise, module startup).</summary>
    public static async Task<ServiceProvider> OpenAsync(IDictionary<string, string?> settings, string contentRoot)
    {
        var provider = Build(settings, contentRoot);
        await provider.InitializeGovCmsAsync();
        return provider;
    }
}
