using System.Net;
using GovCms.Contents;
using GovCms.Tenants;
using GovCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Engine;

public abstract class ProvinceAdministrationTests(GovCmsSite site)
{
    [Fact]
    public async Task A_province_administrator_acts_on_its_communes_but_not_on_another_provinces()
    {
        var otherCommune = await CreateOtherProvinceWithCommuneAsync();
        var provinceAdmin = Demo.Administrator(Demo.Province);

        using var onCommune = await site.SignedInAsync(Demo.Commune, provinceAdmin);
        var article = await onCommune.CreateArticleAsync(Demo.Commune, "Tỉnh hướng dẫn xã về chuyển đổi số", publish: true);
        var listed = await onCommune.GetJsonAsync($"/{Demo.Commune}/api/admin/content?q=chuyen doi so&pageSize=50");
        Assert.Contains(listed!["items"]!.AsArray(), i => Field(i, "id") == Field(article, "id"));
        await onCommune.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/{Demo.Commune}/api/admin/tenant",
            new { displayName = "Phường Đông Sơn", settings = new Dictionary<string, string> { ["Phone"] = "0237 3 111 222" } });

        using var onDistrict = await site.SignedInAsync(Demo.District, provinceAdmin);
        await onDistrict.GetJsonAsync($"/{Demo.District}/api/admin/users");

        using var onOtherProvince = site.Client();
        using var refused = await onOtherProvince.TryLoginAsync(otherCommune.Slug, provinceAdmin, Demo.Password);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        await onOtherProvince.ExpectAsync(HttpStatusCode.Unauthorized, HttpMethod.Get, $"/{otherCommune.Slug}/api/admin/content");
    }

    [Fact]
    public async Task Only_administrators_of_an_ancestor_may_act_below_it()
    {
        using var client = site.Client();
        using var author = await client.TryLoginAsync(Demo.Commune, Demo.Author(Demo.Province), Demo.Password);
        Assert.Equal(HttpStatusCode.Unauthorized, author.StatusCode);

        using var districtOfOtherBranch = await client.TryLoginAsync(Demo.OtherDistrictCommune, Demo.Administrator(Demo.District), Demo.Password);
        Assert.Equal(HttpStatusCode.Unauthorized, districtOfOtherBranch.StatusCode);

        using var commune = await client.TryLoginAsync(Demo.District, Demo.Administrator(Demo.Commune), Demo.Password);
        Assert.Equal(HttpStatusCode.Unauthorized, commune.StatusCode);
    }

    [Fact]
    public async Task A_parent_lists_and_creates_the_sites_below_it()
    {
        using var district = await site.SignedInAsync(Demo.District, Demo.Administrator(Demo.District));
        var children = (await district.GetJsonAsync($"/{Demo.District}/api/admin/tenants"))!.AsArray();
        Assert.Equal([Demo.Commune, Demo.SiblingCommune], children.Select(c => Field(c, "slug")).Order());

        var created = await district.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/{Demo.District}/api/admin/tenants",
            new { displayName = "Phường Ba Đình", level = "commune", features = new[] { ContentsModule.Id } });
        Assert.Equal("phuong-ba-dinh", Field(created, "slug"));
        Assert.Equal(HttpStatusCode.OK, (await site.Client().GetAsync("/phuong-ba-dinh/tin-tuc")).StatusCode);

        var wrongLevel = await district.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/{Demo.District}/api/admin/tenants",
            new { displayName = "Huyện Lạ", level = "province" });
        Assert.Contains("cấp", wrongLevel!["detail"]!.GetValue<string>());
        var duplicate = await district.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/{Demo.District}/api/admin/tenants",
            new { displayName = "Phường Ba Đình", level = "commune" });
        Assert.Contains("phuong-ba-dinh", duplicate!["detail"]!.GetValue<string>());
    }

    private async Task<TenantContext> CreateOtherProvinceWithCommuneAsync() =>
        await site.InTenantAsync(null, async services =>
        {
            var tenants = services.GetRequiredService<TenantService>();
            var province = await tenants.CreateAsync(new TenantCreateRequest { Name = "40", DisplayName = "Tỉnh Nghệ An", Level = "province" });
            Assert.True(province.Succeeded, string.Join(" ", province.Errors.Values));
            var commune = await tenants.CreateAsync(new TenantCreateRequest
            {
                Name = "17380", DisplayName = "Xã Nghi Lộc", Level = "commune", ParentId = province.Value!.Id, Features = [ContentsModule.Id],
            });
            Assert.True(commune.Succeeded, string.Join(" ", commune.Errors.Values));
            return commune.Value!;
        });
}

public sealed class ProvinceAdministrationOnSqlite(SqliteSite site) : ProvinceAdministrationTests(site), IClassFixture<SqliteSite>;

public sealed class ProvinceAdministrationOnPostgreSql(PostgreSqlSite site) : ProvinceAdministrationTests(site), IClassFixture<PostgreSqlSite>;
