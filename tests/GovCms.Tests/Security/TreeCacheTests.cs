using System.Net;
using GovCms.Data;
using GovCms.Hosting;
using GovCms.Provisioning;
using GovCms.Tenants;
using GovCms.Tests.Infrastructure;
using GovCms.Web;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Security;

/// <summary>The change log on its own: ids that become visible out of order are still read.</summary>
public sealed class TenantChangeCursorTests
{
    private static readonly DateTime Now = new(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void An_id_skipped_because_its_transaction_had_not_committed_is_looked_for_until_it_appears()
    {
        var cursor = new TenantChangeCursor(10);

        cursor.Saw([11, 14], Now);
        Assert.Equal(14, cursor.LastId);
        Assert.Equal([12, 13], cursor.Missing.Order());

        cursor.Saw([13], Now.AddSeconds(1));
        Assert.Equal([12], cursor.Missing);
        Assert.Equal(14, cursor.LastId);
    }

    [Fact]
    public void An_id_that_never_appears_is_given_up_after_the_window()
    {
        var cursor = new TenantChangeCursor(0);
        cursor.Saw([2], Now);

        cursor.Saw([], Now + TenantChangeCursor.Window - TimeSpan.FromSeconds(1));
        Assert.Equal([1], cursor.Missing);
        cursor.Saw([], Now + TenantChangeCursor.Window + TimeSpan.FromSeconds(1));
        Assert.Empty(cursor.Missing);
    }
}

/// <summary>
/// Two hosts on one database: what one host (or the command line) changes in the tree, the other resolves
/// within 2 seconds, and the permissions of a moved site follow it there.
/// </summary>
public abstract class TreeCacheTests(GovCmsSite site)
{
    private const string DistrictBimSon = "381", DistrictOther = "395";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task A_site_created_on_one_host_is_served_by_the_other()
    {
        await using var other = site.WithWebHostBuilder(_ => { });
        using var citizen = Client(other);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync("/phuong-hai-may/trang/gioi-thieu")).StatusCode);
        var changes = await ChangeCountAsync();
        await ProvisionAsync("Phường Hai Máy", "90401", DistrictBimSon, dryRun: true);
        Assert.Equal(changes, await ChangeCountAsync());

        await ProvisionAsync("Phường Hai Máy", "90401", DistrictBimSon);

        await WithinDeadlineAsync(async () => (await citizen.GetAsync("/phuong-hai-may/trang/gioi-thieu")).StatusCode == HttpStatusCode.OK, "the new site");
        Assert.Contains("Phường Hai Máy", await citizen.PageAsync("/phuong-hai-may/trang/gioi-thieu"));
        Assert.Equal(site.Tenant(Demo.District).Id, other.Services.GetRequiredService<ITenantCatalog>().FindByName("90401")!.ParentId);
    }

    [Fact]
    public async Task A_move_a_disabling_and_a_retirement_on_one_host_are_followed_by_the_other()
    {
        await ProvisionAsync("Phường Sẽ Chuyển", "90402", DistrictBimSon);
        await ProvisionAsync("Phường Sẽ Sáp Nhập", "90403", DistrictBimSon);
        await using var other = site.WithWebHostBuilder(_ => { });
        var catalog = other.Services.GetRequiredService<ITenantCatalog>();
        using var citizen = Client(other);
        var tree = site.Services.GetRequiredService<TenantTreeService>();

        var moved = await tree.MoveAsync("90402", DistrictOther, dryRun: false);
        Assert.True(moved.Succeeded, string.Join(" ", moved.Errors.Values));
        var newParent = site.Catalog.FindByName(DistrictOther)!;
        await WithinDeadlineAsync(() => Task.FromResult(catalog.FindByName("90402")?.ParentId == newParent.Id), "the move");
        Assert.Equal([newParent.Id, .. newParent.AncestorIds], catalog.FindByName("90402")!.AncestorIds);
        Assert.Contains(catalog.Children(newParent.Id), t => t.Name == "90402");
        Assert.DoesNotContain(catalog.Children(site.Tenant(Demo.District).Id), t => t.Name == "90402");

        await InSiteAsync(services => services.GetRequiredService<TenantService>().SetStateAsync(site.Catalog.FindByName("90402")!.Id, TenantState.Disabled, null));
        await WithinDeadlineAsync(async () => (await citizen.GetAsync("/phuong-se-chuyen/")).StatusCode == HttpStatusCode.ServiceUnavailable, "the disabling");
        await InSiteAsync(services => services.GetRequiredService<TenantService>().SetStateAsync(site.Catalog.FindByName("90402")!.Id, TenantState.Running, null));
        await WithinDeadlineAsync(async () => (await citizen.GetAsync("/phuong-se-chuyen/")).StatusCode == HttpStatusCode.OK, "the site running again");

        var retired = await tree.RetireAsync(["90403"], "90402", RetiredUsers.Move, dryRun: false);
        Assert.True(retired.Succeeded, string.Join(" ", retired.Errors.Values));
        await WithinDeadlineAsync(async () =>
        {
            using var response = await citizen.GetAsync("/phuong-se-sap-nhap/tin-tuc");
            return response.StatusCode == HttpStatusCode.MovedPermanently && response.Headers.Location?.OriginalString == "/phuong-se-chuyen/tin-tuc";
        }, "the retirement");
    }

    [Fact]
    public async Task A_unit_created_from_the_command_line_is_seen_by_the_running_host()
    {
        using var citizen = site.Client();
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync("/phuong-dong-lenh/tin-tuc")).StatusCode);

        await using (var commandLine = await CommandLineServicesAsync())
        {
            var result = await commandLine.GetRequiredService<TenantProvisioner>().ProvisionAsync(new ProvisioningRequest
            {
                Recipe = "commune",
                Parameters = new Dictionary<string, string> { ["unitName"] = "Phường Dòng Lệnh", ["code"] = "90404", ["parent"] = DistrictBimSon },
            });
            Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        }

        await WithinDeadlineAsync(async () => (await citizen.GetAsync("/phuong-dong-lenh/")).StatusCode == HttpStatusCode.OK, "the unit created from the command line");
    }

    [Fact]
    public async Task The_permissions_of_a_moved_site_follow_it_on_the_other_host()
    {
        await ProvisionAsync("Phường Đổi Huyện", "90405", DistrictBimSon);
        await using var other = site.WithWebHostBuilder(_ => { });
        const string slug = "phuong-doi-huyen";
        using var oldParentAdmin = Client(other);
        await oldParentAdmin.LoginAsync(slug, Demo.Administrator(Demo.District), Demo.Password);
        await oldParentAdmin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/{slug}/api/admin/users");
        var newParentAdmin = Demo.Administrator(site.Catalog.FindByName(DistrictOther)!.Slug);
        using var newParent = Client(other);
        using (var refused = await newParent.TryLoginAsync(slug, newParentAdmin, Demo.Password))
        {
            Assert.False(refused.IsSuccessStatusCode);
        }

        Assert.True((await site.Services.GetRequiredService<TenantTreeService>().MoveAsync("90405", DistrictOther, dryRun: false)).Succeeded);

        await WithinDeadlineAsync(async () =>
        {
            using var response = await oldParentAdmin.SendJsonAsync(HttpMethod.Get, $"/{slug}/api/admin/users");
            return response.StatusCode == HttpStatusCode.Forbidden;
        }, "the old parent's administrator losing access");
        await WithinDeadlineAsync(async () =>
        {
            using var response = await newParent.TryLoginAsync(slug, newParentAdmin, Demo.Password);
            return response.StatusCode == HttpStatusCode.NoContent;
        }, "the new parent's administrator gaining access");
        await newParent.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, $"/{slug}/api/admin/users");
    }

    [Fact]
    public async Task No_site_is_ever_missing_while_the_catalog_reloads_the_tree()
    {
        var catalog = site.Services.GetRequiredService<ITenantCatalog>();
        var province = site.Tenant(Demo.Province);
        var ids = Descendants(catalog, province.Id).Prepend(province.Id).ToList();
        using var done = new CancellationTokenSource();
        var missing = 0;
        var reader = Task.Run(() =>
        {
            while (!done.IsCancellationRequested)
            {
                missing += ids.Count(id => catalog.Find(id) is null);
            }
        });

        for (var i = 0; i < 200; i++)
        {
            await catalog.RefreshAsync(province.Id);
        }

        await done.CancelAsync();
        await reader;
        Assert.Equal(0, missing);
    }

    private static IEnumerable<int> Descendants(ITenantCatalog catalog, int id) =>
        catalog.Children(id).SelectMany(child => Descendants(catalog, child.Id).Prepend(child.Id));

    private static async Task WithinDeadlineAsync(Func<Task<bool>> condition, string what) =>
        await Editorial.EventuallyAsync(condition, $"{what}, seen by the other host within {Deadline.TotalSeconds} s", (int)Deadline.TotalSeconds);

    private static SiteClient Client(WebApplicationFactory<Program> host) =>
        SiteClient.Create(host);

    private async Task ProvisionAsync(string name, string code, string parent, bool dryRun = false)
    {
        var result = await site.Services.GetRequiredService<TenantProvisioner>().ProvisionAsync(new ProvisioningRequest
        {
            Recipe = "commune",
            Parameters = new Dictionary<string, string> { ["unitName"] = name, ["code"] = code, ["parent"] = parent },
            DryRun = dryRun,
        });
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
    }

    private async Task InSiteAsync(Func<IServiceProvider, Task<Outcome<TenantContext>>> change)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var outcome = await change(scope.ServiceProvider);
        Assert.True(outcome.Succeeded, string.Join(" ", outcome.Errors.Values));
    }

    private async Task<int> ChangeCountAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GovCmsDbContext>().Set<TenantChange>().CountAsync();
    }

    /// <summary>The host's services as the command line builds them: another process on the same database, with no server.</summary>
    private Task<ServiceProvider> CommandLineServicesAsync()
    {
        var host = site.Services.GetRequiredService<IConfiguration>();
        return EngineServices.OpenAsync(new Dictionary<string, string?>
        {
            ["GovCms:Database:Provider"] = host["GovCms:Database:Provider"],
            ["GovCms:Database:ConnectionString"] = host["GovCms:Database:ConnectionString"],
            ["GovCms:Database:MigrateOnStartup"] = "false",
        }, site.MediaFolder);
    }
}

public sealed class TreeCacheOnSqlite(SqliteSite site) : TreeCacheTests(site), IClassFixture<SqliteSite>;

public sealed class TreeCacheOnPostgreSql(PostgreSqlSite site) : TreeCacheTests(site), IClassFixture<PostgreSqlSite>;
