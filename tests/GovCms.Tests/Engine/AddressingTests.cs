using System.Net;
using GovCms.Tenants;
using GovCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Engine;

public abstract class AddressingTests(GovCmsSite site)
{
    [Fact]
    public async Task An_unknown_tenant_gets_a_404_page_not_a_500()
    {
        using var citizen = site.Client();
        using var page = await citizen.GetAsync("/xa-khong-ton-tai/tin-tuc/bai-viet");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Không tìm thấy trang", System.Net.WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()));

        using var api = await citizen.GetAsync("/xa-khong-ton-tai/api/content/Article/bai-viet");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
    }

    [Fact]
    public async Task A_host_name_selects_its_tenant_and_a_change_is_seen_on_the_next_request()
    {
        var commune = site.Tenant(Demo.OtherDistrictCommune);
        await site.InTenantAsync(null, async services =>
        {
            var db = services.GetRequiredService<GovCms.Data.GovCmsDbContext>();
            db.Add(new TenantHostName { HostName = "xuanhong.thanhhoa.gov.vn", TenantId = commune.Id });
            await db.SaveChangesAsync();
            await services.GetRequiredService<ITenantCatalog>().RefreshAsync(commune.Id);
            return 0;
        });

        using var citizen = site.Client();
        citizen.Http.DefaultRequestHeaders.Host = "xuanhong.thanhhoa.gov.vn";
        Assert.Contains("Xã Xuân Hồng", await citizen.PageAsync("/tin-tuc"));

        using var admin = await site.SignedInAsync(Demo.OtherDistrictCommune, Demo.Administrator(Demo.OtherDistrictCommune));
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/{Demo.OtherDistrictCommune}/api/admin/tenant",
            new { displayName = "Xã Xuân Hồng mới", settings = new Dictionary<string, string>() });
        // The header names the unit in running text: "Ủy ban nhân dân xã ...".
        Assert.Contains("Ủy ban nhân dân xã Xuân Hồng mới", await citizen.PageAsync("/tin-tuc"));
    }

    [Fact]
    public async Task A_retired_tenant_answers_301_to_its_successor_and_a_disabled_one_503()
    {
        var district = site.Tenant(Demo.District);
        var retired = await CreateCommuneAsync("Phường Cũ", district.Id);
        var disabled = await CreateCommuneAsync("Phường Tạm Dừng", district.Id);
        await site.InTenantAsync(null, async services =>
        {
            var tenants = services.GetRequiredService<TenantService>();
            Assert.True((await tenants.SetStateAsync(retired.Id, TenantState.Retired, site.Tenant(Demo.Commune).Id)).Succeeded);
            Assert.True((await tenants.SetStateAsync(disabled.Id, TenantState.Disabled, null)).Succeeded);
            Assert.False((await tenants.SetStateAsync(disabled.Id, TenantState.Retired, null)).Succeeded);
            return 0;
        });

        using var citizen = site.Client();
        using var moved = await citizen.GetAsync("/phuong-cu/tin-tuc/bai-cu?page=2");
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal($"/{Demo.Commune}/tin-tuc/bai-cu?page=2", moved.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await citizen.GetAsync("/phuong-tam-dung/tin-tuc")).StatusCode);
    }

    private Task<TenantContext> CreateCommuneAsync(string name, int parentId) =>
        site.InTenantAsync(null, async services =>
        {
            var outcome = await services.GetRequiredService<TenantService>().CreateAsync(
                new TenantCreateRequest { DisplayName = name, Level = "commune", ParentId = parentId });
            Assert.True(outcome.Succeeded, string.Join(" ", outcome.Errors.Values));
            return outcome.Value!;
        });
}

public sealed class AddressingOnSqlite(SqliteSite site) : AddressingTests(site), IClassFixture<SqliteSite>;

public sealed class AddressingOnPostgreSql(PostgreSqlSite site) : AddressingTests(site), IClassFixture<PostgreSqlSite>;
