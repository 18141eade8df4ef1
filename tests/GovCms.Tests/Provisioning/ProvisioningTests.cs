using System.Net;
using GovCms.Provisioning;
using GovCms.Recipes;
using GovCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Provisioning;

/// <summary>Provisioning through the one service: complete sites, previews, and bad input that creates nothing.</summary>
public abstract class ProvisioningTests(GovCmsSite site)
{
    /// <summary>Codes of the demo units (see recipes/demo.recipe.json).</summary>
    private const string DistrictBimSon = "381", CommuneDongSon = "14821";

    private TenantProvisioner Provisioner => site.Services.GetRequiredService<TenantProvisioner>();

    [Fact]
    public async Task The_commune_recipe_creates_a_complete_site_in_one_go()
    {
        var result = await ProvisionAsync("commune", new() { ["unitName"] = "Phường Bắc Sơn", ["code"] = "14809", ["parent"] = DistrictBimSon });

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        var tenant = Assert.Single(result.Tenants);
        Assert.Equal(("phuong-bac-son", "commune", site.Tenant(Demo.District).Id), (tenant.Slug, tenant.Level, tenant.ParentId));
        Assert.Same(tenant, site.Catalog.FindByName("14809"));
        SiteInspection.AssertUnitRecipeApplied(await SiteInspection.ReadAsync(site.Services, tenant.Id));
        Assert.Contains(result.Changes, c => c.Kind == "content" && c.Description.Contains("/trang/gioi-thieu"));

        var introduction = await site.Client().PageAsync("/phuong-bac-son/trang/gioi-thieu");
        Assert.Contains("Phường Bắc Sơn là đơn vị hành chính", introduction);
        Assert.Contains("[CẦN BỔ SUNG: họ và tên Chủ tịch Ủy ban nhân dân]", introduction);
        Assert.Equal("[CẦN BỔ SUNG: địa chỉ trụ sở]", tenant.Setting("Address"));
        Assert.Equal(HttpStatusCode.OK, (await site.Client().GetAsync("/phuong-bac-son/chuyen-muc/cong-khai-ngan-sach")).StatusCode);
    }

    [Fact]
    public async Task A_unit_name_already_taken_gets_its_code_in_the_slug()
    {
        var result = await ProvisionAsync("commune", new() { ["unitName"] = "Xã Xuân Hồng", ["code"] = "17980", ["parent"] = "395" });

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        Assert.Equal("xa-xuan-hong-17980", result.Tenants[0].Slug);
        Assert.Equal("xa-xuan-hong", site.Tenant(Demo.OtherDistrictCommune).Slug);
    }

    [Fact]
    public async Task The_demo_network_is_made_of_complete_unit_sites()
    {
        foreach (var slug in new[] { Demo.Province, Demo.District, Demo.Commune, Demo.SiblingCommune, Demo.OtherDistrictCommune })
        {
            var contents = await SiteInspection.ReadAsync(site.Services, site.Tenant(slug).Id);
            SiteInspection.AssertUnitRecipeApplied(contents);
            Assert.Equal([Demo.Author(slug), Demo.Administrator(slug)], contents.Users);
            Assert.Contains("ra-quan-tong-ve-sinh-moi-truong-phong-chong-dich-benh", contents.Articles);
        }
    }

    [Fact]
    public async Task A_preview_reports_what_would_be_created_and_keeps_nothing()
    {
        var before = await SiteInspection.CountAsync(site.Services);
        var parameters = new Dictionary<string, string> { ["unitName"] = "Phường Ngọc Trạo", ["code"] = "14818", ["parent"] = DistrictBimSon };

        var preview = await ProvisionAsync("commune", parameters, dryRun: true);

        Assert.True(preview.Succeeded, string.Join(Environment.NewLine, preview.Errors));
        Assert.True(preview.DryRun);
        Assert.Equal("phuong-ngoc-trao", Assert.Single(preview.Tenants).Slug);
        Assert.Equal(["tenant", "feature", "theme", "setting", "role", "workflow", "category", "menu", "content"], preview.Changes.Select(c => c.Kind).Distinct());
        Assert.Equal(before, await SiteInspection.CountAsync(site.Services));
        Assert.Null(site.Catalog.FindByName("14818"));

        var real = await ProvisionAsync("commune", parameters);
        Assert.True(real.Succeeded, string.Join(Environment.NewLine, real.Errors));
        Assert.Equal(preview.Changes.Select(c => c.Description), real.Changes.Select(c => c.Description));
    }

    [Fact]
    public async Task A_failure_in_the_last_step_leaves_nothing_of_the_tenant()
    {
        var before = await SiteInspection.CountAsync(site.Services);
        var recipe = """
            {
              "name": "hong-cuoi", "description": "Bước cuối hỏng", "version": "1.0",
              "parameters": [ { "name": "code", "description": "Mã", "required": true } ],
              "tenant": { "level": "commune", "name": "{{code}}", "displayName": "Xã Hỏng Cuối", "parent": "381" },
              "steps": [
                { "name": "features", "enable": ["Contents"] },
                { "name": "settings", "values": { "Phone": "0237 3 000 000" } },
                { "name": "roles", "roles": [ { "name": "Spokesperson", "permissions": ["Contents.Edit"] } ] },
                { "name": "categories", "categories": [ { "name": "Văn bản" } ] },
                { "name": "content", "items": [ { "type": "Page", "title": "Giới thiệu" } ] },
                { "name": "content", "items": [ { "type": "Page", "title": "Hỏng", "parts": { "CategoriesPart": { "categories": [] } } } ] }
              ]
            }
            """;

        var result = await ProvisionJsonAsync(recipe, new() { ["code"] = "90001" });

        var error = Assert.Single(result.Errors);
        Assert.Equal((6, "content", "$.steps[5].items[0].parts.CategoriesPart"), (error.Step, error.StepName, error.Path));
        Assert.Contains("không có phần \"CategoriesPart\"", error.Message);
        Assert.Equal(before, await SiteInspection.CountAsync(site.Services));
        Assert.Null(site.Catalog.FindByName("90001"));
    }

    [Fact]
    public async Task Malformed_json_creates_nothing() =>
        await AssertRefusedAsync(() => ProvisionJsonAsync("{ \"name\": \"x\", \"steps\": [", []),
            TenantProvisioner.UploadedRecipe, "$", "JSON không hợp lệ ở dòng 1");

    [Fact]
    public async Task An_unknown_step_creates_nothing() =>
        await AssertRefusedAsync(() => ProvisionJsonAsync("""
            {
              "name": "buoc-la", "description": "Bước lạ", "version": "1.0",
              "tenant": { "level": "commune", "name": "90002", "displayName": "Xã Bước Lạ", "parent": "381" },
              "steps": [ { "name": "features", "enable": ["Contents"] }, { "name": "phao-hoa" } ]
            }
            """, []), "buoc-la", "$.steps[1].name", "không có bước tên \"phao-hoa\". Các bước: categories, content, documents, features");

    [Fact]
    public async Task A_missing_parameter_creates_nothing() =>
        await AssertRefusedAsync(() => ProvisionAsync("commune", new() { ["code"] = "90003", ["parent"] = DistrictBimSon }),
            "commune", "parameters.unitName", "thiếu tham số bắt buộc \"unitName\"");

    [Fact]
    public async Task A_slug_in_use_creates_nothing() =>
        await AssertRefusedAsync(() => ProvisionAsync("commune", new() { ["unitName"] = "Phường Mới", ["code"] = "90004", ["parent"] = DistrictBimSon, ["slug"] = Demo.Commune }),
            "commune", "$.tenant.slug", $"Đường dẫn '{Demo.Commune}' đã được đơn vị khác dùng.");

    [Fact]
    public async Task A_host_name_in_use_creates_nothing()
    {
        var first = await ProvisionAsync("commune", new() { ["unitName"] = "Phường Có Tên Miền", ["code"] = "90005", ["parent"] = DistrictBimSon, ["hostName"] = "phuongmoi.thanhhoa.gov.vn" });
        Assert.True(first.Succeeded, string.Join(Environment.NewLine, first.Errors));

        await AssertRefusedAsync(() => ProvisionAsync("commune", new() { ["unitName"] = "Phường Khác", ["code"] = "90006", ["parent"] = DistrictBimSon, ["hostName"] = "PhuongMoi.ThanhHoa.gov.vn" }),
            "commune", "$.tenant.hostNames", "Tên miền đã được đơn vị khác dùng: phuongmoi.thanhhoa.gov.vn.");
    }

    [Fact]
    public async Task A_parent_that_does_not_exist_creates_nothing() =>
        await AssertRefusedAsync(() => ProvisionAsync("commune", new() { ["unitName"] = "Xã Mồ Côi", ["code"] = "90007", ["parent"] = "99999" }),
            "commune", "$.tenant.parent", "không tìm thấy đơn vị cấp trên có mã \"99999\"");

    [Fact]
    public async Task A_level_the_parent_cannot_have_creates_nothing() =>
        await AssertRefusedAsync(() => ProvisionAsync("district", new() { ["unitName"] = "Huyện Dưới Phường", ["code"] = "90008", ["parent"] = CommuneDongSon }),
            "district", "$.tenant.level", "Đơn vị cấp 'commune' không thể có đơn vị con cấp 'district'.");

    [Fact]
    public async Task A_step_of_a_feature_that_is_off_creates_nothing() =>
        await AssertRefusedAsync(() => ProvisionJsonAsync("""
            {
              "name": "chua-bat", "description": "Chưa bật tin tức", "version": "1.0",
              "tenant": { "level": "commune", "name": "90009", "displayName": "Xã Chưa Bật", "parent": "381" },
              "steps": [ { "name": "categories", "categories": [ { "name": "Văn bản" } ] } ]
            }
            """, []), "chua-bat", "$.steps[0]", "thuộc tính năng \"Contents\", đang tắt ở đơn vị \"Xã Chưa Bật\"");

    [Fact]
    public async Task Errors_of_a_nested_recipe_say_where_it_was_run_from()
    {
        var before = await SiteInspection.CountAsync(site.Services);
        var result = await ProvisionJsonAsync($$$"""
            {
              "name": "mang-nho", "description": "Hai xã", "version": "1.0",
              "steps": [ {
                "name": "tenants",
                "tenants": [
                  { "recipe": "commune", "parameters": { "unitName": "Xã Đúng", "code": "90010", "parent": "{{{DistrictBimSon}}}" } },
                  { "recipe": "commune", "parameters": { "unitName": "Xã Sai", "code": "90011", "parent": "{{{DistrictBimSon}}}" } }
                ],
                "eachTenant": [ { "name": "users", "users": [ { "userName": "quantri.{{tenant.slug}}", "displayName": "Quản trị", "password": "ngan" } ] } ]
              } ]
            }
            """, []);

        var error = Assert.IsType<RecipeError>(result.Errors.First());
        Assert.Equal("$.steps[0].tenants[0] > $.steps[0].eachTenant[0].users[0]", error.Key);
        Assert.StartsWith("Công thức \"mang-nho\", bước 1 \"tenants\" ($.steps[0].tenants[0]) → Công thức \"mang-nho\", bước 1 \"users\"", error.ToString());
        Assert.Contains("Mật khẩu phải có ít nhất 8 ký tự", error.Message);
        Assert.Equal(before, await SiteInspection.CountAsync(site.Services));
    }

    private Task<ProvisioningResult> ProvisionAsync(string recipe, Dictionary<string, string> parameters, bool dryRun = false) =>
        Provisioner.ProvisionAsync(new ProvisioningRequest { Recipe = recipe, Parameters = parameters, DryRun = dryRun });

    private Task<ProvisioningResult> ProvisionJsonAsync(string json, Dictionary<string, string> parameters) =>
        Provisioner.ProvisionAsync(new ProvisioningRequest { RecipeJson = json, Parameters = parameters });

    /// <summary>The provisioning is refused with a Vietnamese message naming the cause, recipe and path; no row was written.</summary>
    private async Task AssertRefusedAsync(Func<Task<ProvisioningResult>> provision, string recipe, string path, string message)
    {
        var before = await SiteInspection.CountAsync(site.Services);
        var catalogBefore = site.Catalog.Count;

        var result = await provision();

        Assert.False(result.Succeeded);
        Assert.Empty(result.Tenants);
        var error = Assert.Single(result.Errors, e => e.Path == path);
        Assert.Equal(recipe, error.Recipe);
        Assert.Contains(message, error.ToString());
        Assert.Equal(before, await SiteInspection.CountAsync(site.Services));
        Assert.Equal(catalogBefore, site.Catalog.Count);
    }
}

public sealed class ProvisioningOnSqlite(SqliteSite site) : ProvisioningTests(site), IClassFixture<SqliteSite>;

public sealed class ProvisioningOnPostgreSql(PostgreSqlSite site) : ProvisioningTests(site), IClassFixture<PostgreSqlSite>;
