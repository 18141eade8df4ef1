using System.Net;
using GovCms.Data;
using GovCms.Hosting;
using GovCms.Redirects;
using GovCms.Tenants;
using GovCms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Provisioning;

/// <summary>
/// Finding 12: retired sites read their renamed addresses from the redirects table; the settings keys
/// ("RedirectFrom:{path}") of older versions are moved into it at startup, without loss and only once.
/// </summary>
public abstract class RetiredRedirectTests(GovCmsSite site)
{
    [Fact]
    public async Task Settings_keys_of_an_older_version_become_redirects_at_startup_and_keep_answering()
    {
        var retired = site.Tenant(Demo.SiblingCommune);
        var successor = site.Tenant(Demo.Commune);
        await using (var scope = site.Services.CreateAsyncScope())
        {
            // A database as an older version left it: a retired site with its redirects in its settings.
            var db = scope.ServiceProvider.GetRequiredService<GovCmsDbContext>();
            var tenant = await db.Set<Tenant>().SingleAsync(t => t.Id == retired.Id);
            tenant.State = TenantState.Retired;
            tenant.SuccessorId = successor.Id;
            tenant.Settings = new Dictionary<string, string>(tenant.Settings)
            {
                ["RedirectFrom:/trang/gioi-thieu"] = "/trang/gioi-thieu-phuong-lam-son",
                ["RedirectFrom:/tin-tuc/tin-cu"] = "/tin-tuc/tin-cu-phuong-lam-son",
            };
            await db.SaveChangesAsync();
        }

        await site.Services.InitializeGovCmsAsync();
        await site.Services.InitializeGovCmsAsync();

        var rows = await RowsAsync(retired.Id);
        Assert.Equal([("/tin-tuc/tin-cu", "/tin-tuc/tin-cu-phuong-lam-son"), ("/trang/gioi-thieu", "/trang/gioi-thieu-phuong-lam-son")],
            rows.Select(r => (r.FromPath, r.ToPath)));
        var settings = site.Tenant(Demo.SiblingCommune).Settings;
        Assert.DoesNotContain(settings.Keys, k => k.StartsWith(RetiredRedirects.LegacyKeyPrefix, StringComparison.Ordinal));
        Assert.Equal(retired.Settings[SiteSettings.Phone], settings[SiteSettings.Phone]);

        using var citizen = site.Client();
        Assert.Equal($"/{Demo.Commune}/trang/gioi-thieu-phuong-lam-son", await LocationAsync(citizen, $"/{Demo.SiblingCommune}/trang/gioi-thieu"));
        Assert.Equal($"/{Demo.Commune}/tin-tuc/tin-cu-phuong-lam-son", await LocationAsync(citizen, $"/{Demo.SiblingCommune}/tin-tuc/tin-cu/"));
        Assert.Equal($"/{Demo.Commune}/tin-tuc?page=2", await LocationAsync(citizen, $"/{Demo.SiblingCommune}/tin-tuc?page=2"));
    }

    private async Task<IReadOnlyList<Redirect>> RowsAsync(int tenantId)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RedirectStore>().ListAsync(tenantId);
    }

    private static async Task<string?> LocationAsync(SiteClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        return response.Headers.Location?.OriginalString;
    }
}

public sealed class RetiredRedirectsOnSqlite(SqliteSite site) : RetiredRedirectTests(site), IClassFixture<SqliteSite>;

public sealed class RetiredRedirectsOnPostgreSql(PostgreSqlSite site) : RetiredRedirectTests(site), IClassFixture<PostgreSqlSite>;
