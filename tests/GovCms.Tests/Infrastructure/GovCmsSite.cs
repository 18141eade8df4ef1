using GovCms.Data;
using GovCms.Modules;
using GovCms.Tenants;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GovCms.Tests.Infrastructure;

/// <summary>
/// The real host on its own fresh database, with the demo network provisioned (see <see cref="Demo"/>).
/// One instance serves one test class; tests of a class must not depend on each other's data.
/// </summary>
public abstract class GovCmsSite : WebApplicationFactory<Program>
{
    public abstract DatabaseProvider Provider { get; }

    /// <summary>Connection string of this site's own database.</summary>
    protected abstract string ConnectionString { get; }

    /// <summary>This site's own folder of uploaded files, removed afterwards.</summary>
    public string MediaFolder { get; } = Directory.CreateTempSubdirectory("govcms-media-").FullName;

    /// <summary>Extra services or replacements for one test class, e.g. a content handler.</summary>
    protected virtual void ConfigureTestServices(IServiceCollection services) { }

    /// <summary>
    /// The modules this host is built with; null (the default) for the real host's list (<c>HostModules.All()</c>).
    /// A module test lists only what it needs (<see cref="ModuleSite"/>), and the host is then built from that list.
    /// </summary>
    protected virtual IReadOnlyList<Module>? Modules => null;

    /// <summary>Whether a host built from <see cref="Modules"/> listens on a real port of 127.0.0.1 (browser tests) instead of the test server.</summary>
    protected virtual bool ListensOnPort => false;

    /// <summary>Whether the demo network is provisioned on the fresh database.</summary>
    protected virtual bool WithDemo => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("GovCms:Database:Provider", Provider.ToString());
        builder.UseSetting("GovCms:Database:ConnectionString", ConnectionString);
        builder.UseSetting("GovCms:Demo:Enabled", WithDemo ? "true" : "false");
        builder.UseSetting("GovCms:Demo:Password", Demo.Password);
        builder.UseSetting("GovCms:Media:Root", MediaFolder);
        // Tests sign in many times from one address; the tests of the limits set their own (SignInLimitTests).
        builder.UseSetting("GovCms:Security:SignInPerIp:PermitLimit", "100000");
        builder.UseSetting("GovCms:Security:SignInPerAccount:PermitLimit", "100000");
        builder.ConfigureServices(ConfigureTestServices);
    }

    protected override IHost CreateHost(IHostBuilder builder) =>
        Modules is { } modules ? ModuleHost.Build(modules, ConfigureWebHost, ListensOnPort) : base.CreateHost(builder);

    public ITenantCatalog Catalog => Services.GetRequiredService<ITenantCatalog>();

    public TenantContext Tenant(string slug) =>
        Catalog.FindByPrefix(slug) ?? (Catalog.Root is { } root && root.Slug == slug ? root : throw new InvalidOperationException($"No tenant '{slug}'."));

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see 301/302 themselves.</summary>
    public SiteClient Client() => SiteClient.Create(this);

    /// <summary>A client already signed in on the tenant with the given prefix ("" for the root).</summary>
    public async Task<SiteClient> SignedInAsync(string prefix, string userName)
    {
        var client = Client();
        await client.LoginAsync(prefix, userName, Demo.Password);
        return client;
    }

    /// <summary>Runs code in a service scope set to a tenant, as a request on that tenant would.</summary>
    public async Task<T> InTenantAsync<T>(TenantContext? tenant, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        if (tenant is not null)
        {
            scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Set(tenant);
        }

        return await work(scope.ServiceProvider);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(MediaFolder))
        {
            Directory.Delete(MediaFolder, recursive: true);
        }
    }
}
