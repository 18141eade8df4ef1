using System.Net;
using GovCms.Tenants;
using GovCms.Tests.Admin;
using GovCms.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Security;

/// <summary>The form of a host name, on its own (HostNameRules.Normalize).</summary>
public sealed class HostNameFormTests
{
    [Theory]
    [InlineData("XuanHong.ThanhHoa.gov.vn", "xuanhong.thanhhoa.gov.vn")]
    [InlineData("  cong.thanhhoa.gov.vn  ", "cong.thanhhoa.gov.vn")]
    [InlineData("cong.thanhhoa.gov.vn.", "cong.thanhhoa.gov.vn")]
    [InlineData("cong.thanhhoa.gov.vn:8443", "cong.thanhhoa.gov.vn:8443")]
    [InlineData("xuânhồng.thanhhoa.vn", "xn--xunhng-xta6342d.thanhhoa.vn")]
    public void A_valid_name_is_written_in_lower_case(string typed, string stored) =>
        Assert.Equal((stored, (string?)null), HostNameRules.Normalize(typed, allowIpAddresses: false));

    [Theory]
    [InlineData("https://cong.thanhhoa.gov.vn", "không kèm \"http://\"")]
    [InlineData("cong.thanhhoa.gov.vn/tin-tuc", "không kèm đường dẫn")]
    [InlineData("cong thanhhoa.gov.vn", "không có khoảng trắng")]
    [InlineData("*.thanhhoa.gov.vn", "tên miền đại diện")]
    [InlineData("127.0.0.1", "không dùng địa chỉ IP")]
    [InlineData("[::1]:8080", "không dùng địa chỉ IP")]
    [InlineData("::1", "không dùng địa chỉ IP")]
    [InlineData("2130706433", "không dùng địa chỉ IP")]
    [InlineData("cong.thanhhoa.gov.vn:99999", "cổng")]
    [InlineData("cong.thanhhoa.gov.vn:", "cổng")]
    [InlineData("-cong.thanhhoa.gov.vn", "không bắt đầu hay kết thúc bằng dấu gạch ngang")]
    [InlineData("cong..thanhhoa.gov.vn", "mỗi phần 1 đến 63 ký tự")]
    [InlineData("cong_xa.thanhhoa.gov.vn", "chỉ gồm chữ cái không dấu")]
    [InlineData("intranet", "ít nhất hai phần")]
    [InlineData("cong.123", "phần cuối là chữ")]
    public void A_name_of_the_wrong_form_is_refused_with_the_reason(string typed, string reason)
    {
        var (name, error) = HostNameRules.Normalize(typed, allowIpAddresses: false);
        Assert.Null(name);
        Assert.Contains("không phải là tên miền hợp lệ", error);
        Assert.Contains(reason, error);
    }

    [Theory]
    [InlineData("10.1.2.3", "10.1.2.3")]
    [InlineData("10.1.2.3:8080", "10.1.2.3:8080")]
    [InlineData("[2001:DB8::1]:8080", "[2001:db8::1]:8080")]
    public void Ip_addresses_are_taken_only_where_the_host_allows_them(string typed, string stored)
    {
        Assert.Equal((stored, (string?)null), HostNameRules.Normalize(typed, allowIpAddresses: true));
        Assert.False(new TenancyOptions().AllowIpHostNames);
    }
}

/// <summary>
/// Who may give a site which host name, over the provisioning API, the admin page and the tenants API: a district
/// administrator must not take the names the whole host is served on, nor names outside the parent's domain.
/// </summary>
public abstract class HostNameTests(GovCmsSite site)
{
    private static readonly string DistrictApi = $"/{Demo.District}/api/admin";

    private static object Commune(string name, string code, string hostName) =>
        new { recipe = "commune", parameters = new Dictionary<string, string> { ["unitName"] = name, ["code"] = code, ["hostName"] = hostName } };

    [Theory]
    [InlineData("localhost")]
    [InlineData("LocalHost:5080")]
    public async Task A_district_administrator_cannot_give_a_commune_the_name_the_host_is_served_on(string hostName)
    {
        using var admin = await site.SignedInAsync(Demo.District, Demo.Administrator(Demo.District));
        var before = await SiteInspection.CountAsync(site.Services);

        foreach (var url in new[] { $"{DistrictApi}/provisioning/preview", $"{DistrictApi}/provisioning" })
        {
            var problem = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, url, Commune("Phường Chiếm Gốc", "90201", hostName));
            Assert.Contains("là tên miền của chính hệ thống", problem!["errors"]!["$.tenant.hostNames"]![0]!.GetValue<string>());
        }

        Assert.Equal(before, await SiteInspection.CountAsync(site.Services));
        using var citizen = site.Client();
        Assert.Contains(site.Tenant(Demo.Province).DisplayName, await citizen.PageAsync("/"));
    }

    [Fact]
    public async Task A_district_administrator_cannot_give_a_name_outside_the_domain_of_the_sites_above()
    {
        using var admin = await site.SignedInAsync(Demo.District, Demo.Administrator(Demo.District));

        var problem = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"{DistrictApi}/provisioning",
            Commune("Phường Tên Lạ", "90202", "thanhhoa.gov.vn"));

        var message = problem!["errors"]!["$.tenant.hostNames"]![0]!.GetValue<string>();
        Assert.Contains("chỉ quản trị của toàn hệ thống mới đặt được tên miền", message);
        Assert.Contains("tên miền con của localhost", message);
        Assert.Null(site.Catalog.FindByName("90202"));
    }

    [Fact]
    public async Task The_host_administrator_gives_any_free_name_and_nobody_takes_it_again_whatever_the_port()
    {
        using var province = await site.SignedInAsync(Demo.Province, Demo.Administrator(Demo.Province));
        var created = await province.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, "/api/admin/provisioning", new
        {
            recipe = "commune",
            parameters = new Dictionary<string, string> { ["unitName"] = "Phường Tên Riêng", ["code"] = "90203", ["parent"] = "381", ["hostName"] = "PhuongTenRieng.ThanhHoa.gov.vn" },
        });
        Assert.Equal("phuongtenrieng.thanhhoa.gov.vn", created!["tenants"]![0]!["hostNames"]![0]!.GetValue<string>());

        using var citizen = site.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/trang/gioi-thieu");
        request.Headers.Host = "phuongtenrieng.thanhhoa.gov.vn";
        using var page = await citizen.Http.SendAsync(request);
        Assert.Contains("Phường Tên Riêng", await page.Content.ReadAsStringAsync());

        var again = await province.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, "/api/admin/provisioning", new
        {
            recipe = "district",
            parameters = new Dictionary<string, string> { ["unitName"] = "Thị xã Trùng Tên", ["code"] = "902", ["hostName"] = "phuongtenrieng.thanhhoa.gov.vn:8080" },
        });
        Assert.Contains("Tên miền đã được đơn vị khác dùng: phuongtenrieng.thanhhoa.gov.vn.", again!["errors"]!["$.tenant.hostNames"]![0]!.GetValue<string>());
    }

    [Theory]
    [InlineData("https://xa-moi.thanhhoa.gov.vn/", "không kèm \"http://\"")]
    [InlineData("127.0.0.1", "không dùng địa chỉ IP")]
    [InlineData("*.thanhhoa.gov.vn", "tên miền đại diện")]
    public async Task A_name_of_the_wrong_form_is_refused_even_for_the_host_administrator(string hostName, string reason)
    {
        using var province = await site.SignedInAsync(Demo.Province, Demo.Administrator(Demo.Province));

        var problem = await province.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, "/api/admin/provisioning", new
        {
            recipe = "commune",
            parameters = new Dictionary<string, string> { ["unitName"] = "Xã Sai Tên", ["code"] = "90204", ["parent"] = "381", ["hostName"] = hostName },
        });

        Assert.Contains(reason, problem!["errors"]!["$.tenant.hostNames"]![0]!.GetValue<string>());
        Assert.Null(site.Catalog.FindByName("90204"));
    }

    [Fact]
    public async Task The_tenants_api_follows_the_same_rules()
    {
        using var admin = await site.SignedInAsync(Demo.District, Demo.Administrator(Demo.District));

        var problem = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"{DistrictApi}/tenants",
            new { displayName = "Phường Qua Api", level = "commune", hostNames = new[] { "localhost" } });

        Assert.Contains("là tên miền của chính hệ thống", problem!["errors"]!["hostNames"]![0]!.GetValue<string>());
        Assert.Null(site.Catalog.FindByPrefix("phuong-qua-api"));
    }

    [Fact]
    public async Task The_admin_page_shows_the_reason_next_to_the_host_name_field()
    {
        using var admin = await site.SignedInAsync(Demo.District, Demo.Administrator(Demo.District));
        var page = $"/{Demo.District}/admin/tenants/new";

        using var response = await admin.PostFormAsync(page, page,
            [("Recipe", "commune"), ("UnitName", "Phường Trên Trang"), ("Code", "90205"), ("Slug", ""), ("HostName", "localhost"), ("confirm", "true")]);

        Assert.Contains("là tên miền của chính hệ thống", AdminPages.FieldError(await response.Content.ReadAsStringAsync(), "HostName"));
        Assert.Null(site.Catalog.FindByName("90205"));
    }

    [Fact]
    public async Task Configured_names_of_the_host_are_refused_and_their_subdomains_are_the_domain_below_the_root()
    {
        await using var host = site.WithWebHostBuilder(builder => builder.UseSetting("GovCms:Tenancy:ReservedHostNames:0", "thanhhoa.gov.vn"));
        using var admin = SiteClient.Create(host);
        await admin.LoginAsync(Demo.District, Demo.Administrator(Demo.District), Demo.Password);

        var taken = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"{DistrictApi}/provisioning/preview", Commune("Phường Cấu Hình", "90206", "ThanhHoa.gov.vn"));
        Assert.Contains("\"thanhhoa.gov.vn\" là tên miền của chính hệ thống", taken!["errors"]!["$.tenant.hostNames"]![0]!.GetValue<string>());

        var outside = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"{DistrictApi}/provisioning/preview", Commune("Phường Cấu Hình", "90206", "phuong.hanoi.gov.vn"));
        Assert.Contains("tên miền con của localhost, thanhhoa.gov.vn", outside!["errors"]!["$.tenant.hostNames"]![0]!.GetValue<string>());

        var below = await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{DistrictApi}/provisioning/preview", Commune("Phường Cấu Hình", "90206", "phuongcauhinh.thanhhoa.gov.vn"));
        Assert.Equal("phuongcauhinh.thanhhoa.gov.vn", below!["tenants"]![0]!["hostNames"]![0]!.GetValue<string>());
    }
}

public sealed class HostNamesOnSqlite(SqliteSite site) : HostNameTests(site), IClassFixture<SqliteSite>;

public sealed class HostNamesOnPostgreSql(PostgreSqlSite site) : HostNameTests(site), IClassFixture<PostgreSqlSite>;
