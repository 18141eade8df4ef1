using GovCms.Security;
using GovCms.Tenants;
using GovCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Admin.EngineAdmin;

/// <summary>The sites and users the memo tests use on a host without the demo: a province and a commune below it.</summary>
public static class MemoSites
{
    public const string Province = "tinh-thu";
    public const string Commune = "xa-thu";
    public const string Password = "Thu@2026congvan";

    public static string Administrator(string site) => $"quantri.{site}";

    public static string Author(string site) => $"canbo.{site}";

    /// <summary>Creates the two sites (with the memos module on) and their users once per host.</summary>
    public static async Task EnsureAsync(GovCmsSite site)
    {
        if (site.Catalog.FindByPrefix(Province) is not null)
        {
            return;
        }

        var province = await CreateAsync(site, new TenantCreateRequest
            { DisplayName = "Tỉnh Thử", Slug = Province, UrlPrefix = Province, Level = "province", Features = [MemosModule.Id] });
        await CreateAsync(site, new TenantCreateRequest
            { DisplayName = "Xã Thử", Slug = Commune, UrlPrefix = Commune, Level = "commune", ParentId = province.Id, Features = [MemosModule.Id] });
    }

    public static async Task<SiteClient> SignedInAsync(GovCmsSite site, string slug, string userName)
    {
        await EnsureAsync(site);
        var client = site.Client();
        await client.LoginAsync(slug, userName, Password);
        return client;
    }

    private static async Task<TenantContext> CreateAsync(GovCmsSite site, TenantCreateRequest request)
    {
        var created = await site.InTenantAsync(null, services => services.GetRequiredService<TenantService>().CreateAsync(request));
        Assert.True(created.Succeeded, created.Message);
        var tenant = site.Catalog.FindByPrefix(request.UrlPrefix!) ?? created.Value!;
        await site.InTenantAsync(tenant, async services =>
        {
            var users = services.GetRequiredService<UserAdminService>();
            Assert.True((await users.CreateAsync(Administrator(request.Slug!), "Quản trị thử", null, Password, [BuiltInRoles.Administrator])).Succeeded);
            Assert.True((await users.CreateAsync(Author(request.Slug!), "Cán bộ thử", null, Password, [BuiltInRoles.Author])).Succeeded);
            return 0;
        });
        return tenant;
    }
}
