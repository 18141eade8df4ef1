using GovCms.Data;
using GovCms.Hosting;
using GovCms.Modules;
using GovCms.Web;
using GovCms.Web.Demo;
using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GovCms.Tests.Infrastructure;

/// <summary>
/// The host as Program.cs builds it, but with the given modules instead of the host's list: the engine, the themes
/// and only those modules (their services, endpoints, controllers and views), on the test server. No demo.
/// </summary>
internal static class ModuleHost
{
    /// <param name="configure">The test site's settings and services (applied as to the real host's builder).</param>
    /// <param name="listen">On a real port of 127.0.0.1 (for a browser) instead of the test server.</param>
    public static IHost Build(IReadOnlyList<Module> modules, Action<IWebHostBuilder> configure, bool listen = false)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Testing",
            ContentRootPath = Path.Combine(RepositoryFolders.Root, "src", "Host", "GovCms.Web"),
            ApplicationName = typeof(Program).Assembly.GetName().Name,
        });
        // As Program.cs: the themes' files (/_content/...) from the build output.
        builder.WebHost.UseStaticWebAssets();
        if (listen)
        {
            builder.WebHost.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        }
        else
        {
            builder.WebHost.UseTestServer();
        }

        // The test site's settings first (the engine reads them while registering); its services must come after the
        // engine's so that they replace them, as WebApplicationFactory applies them after Program's.
        var testServices = new ServiceCollection();
        configure(new DeferredServices(builder.WebHost, testServices));
        builder.Services.AddGovCms(builder.Configuration, builder.Environment.ContentRootPath, modules, HostThemes.All());
        AddTablesOfTheOtherModules(builder.Services, modules);
        var extraTables = ModuleTables.Needed(modules);
        if (extraTables)
        {
            ModuleTables.AllowExtraTables(builder.Services);
        }

        foreach (var service in testServices)
        {
            builder.Services.Add(service);
        }

        var app = builder.Build();
        app.Services.InitializeGovCmsAsync().GetAwaiter().GetResult();
        if (extraTables)
        {
            ModuleTables.CreateAsync(app.Services).GetAwaiter().GetResult();
        }

        if (app.Configuration.GetValue<bool>("GovCms:Demo:Enabled"))
        {
            DemoNetwork.EnsureAsync(app.Services, app.Logger, app.Configuration["GovCms:Demo:Password"]!).GetAwaiter().GetResult();
        }

        app.UseGovCms();
        app.StartAsync().GetAwaiter().GetResult();
        return app;
    }

    /// <summary>
    /// The migrations create the tables of every module of the real host, so the model must have them too (or the
    /// database would have "pending changes"): the other modules contribute their tables and nothing else.
    /// </summary>
    private static void AddTablesOfTheOtherModules(IServiceCollection services, IReadOnlyList<Module> modules)
    {
        var listed = modules.Select(m => m.GetType()).ToHashSet();
        var others = new ServiceCollection();
        foreach (var module in HostModules.All().Where(m => !listed.Contains(m.GetType())))
        {
            module.ConfigureServices(others);
        }

        // Declared content indexes are tables as well.
        foreach (var contributor in others.Where(d => d.ServiceType == typeof(IModelContributor) || d.ServiceType == typeof(GovCms.Content.Indexing.ContentIndexDeclaration)))
        {
            services.Add(contributor);
        }
    }

    /// <summary>Settings go to the real builder at once; services are collected to be added after the engine's.</summary>
    private sealed class DeferredServices(IWebHostBuilder inner, IServiceCollection services) : IWebHostBuilder
    {
#pragma warning disable ASPDEPR008 // part of the interface; never called
        public IWebHost Build() => throw new NotSupportedException();
#pragma warning restore ASPDEPR008

        public IWebHostBuilder ConfigureAppConfiguration(Action<WebHostBuilderContext, Microsoft.Extensions.Configuration.IConfigurationBuilder> configureDelegate)
        {
            inner.ConfigureAppConfiguration(configureDelegate);
            return this;
        }

        public IWebHostBuilder ConfigureServices(Action<IServiceCollection> configureServices)
        {
            configureServices(services);
            return this;
        }

        public IWebHostBuilder ConfigureServices(Action<WebHostBuilderContext, IServiceCollection> configureServices)
        {
            inner.ConfigureServices((context, _) => configureServices(context, services));
            return this;
        }

        public string? GetSetting(string key) => inner.GetSetting(key);

        public IWebHostBuilder UseSetting(string key, string? value)
        {
            // The environment is fixed when the builder is made; setting it again to the same value is allowed.
            if (!string.Equals(key, WebHostDefaults.EnvironmentKey, StringComparison.OrdinalIgnoreCase))
            {
                inner.UseSetting(key, value);
            }

            return this;
        }
    }
}
