using System.Net;
using System.Text.Json.Nodes;
using GovCms.Tests.Infrastructure;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Provisioning;

/// <summary>/api/admin/provisioning over HTTP: a district administrator creates communes below the district.</summary>
public abstract class ProvisioningApiTests(GovCmsSite site)
{
    private static readonly string Api = $"/{Demo.District}/api/admin/provisioning";

    [Fact]
    public async Task A_parent_lists_the_recipes_previews_and_provisions_a_commune()
    {
        using var admin = await site.SignedInAsync(Demo.District, Demo.Administrator(Demo.District));
        var recipes = (await admin.GetJsonAsync($"{Api}/recipes"))!.AsArray();
        var commune = recipes.Single(r => Field(r, "name") == "commune")!;
        Assert.True(commune["createsHere"]!.GetValue<bool>());
        Assert.False(recipes.Single(r => Field(r, "name") == "province")!["createsHere"]!.GetValue<bool>());
        Assert.Contains(commune["parameters"]!.AsArray(), p => Field(p, "name") == "unitName" && p!["required"]!.GetValue<bool>());

        var input = new { recipe = "commune", parameters = new Dictionary<string, string> { ["unitName"] = "Phường Phú Sơn", ["code"] = "14827" } };
        var preview = await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{Api}/preview", input);
        Assert.True(preview!["dryRun"]!.GetValue<bool>());
        var planned = preview["tenants"]!.AsArray().Single()!;
        Assert.Equal(("phuong-phu-son", "/phuong-phu-son/"), (Field(planned, "slug"), Field(planned, "url")));
        Assert.Null(planned["id"]);
        Assert.Contains(preview["changes"]!.AsArray(), c => Field(c, "kind") == "content" && Field(c, "description").Contains("Giới thiệu"));
        Assert.Null(site.Catalog.FindByName("14827"));
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client().GetAsync("/phuong-phu-son/trang/gioi-thieu")).StatusCode);

        var created = await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, Api, input);
        var tenant = created!["tenants"]!.AsArray().Single()!;
        Assert.Equal(site.Catalog.FindByName("14827")!.Id, tenant["id"]!.GetValue<int>());
        Assert.Equal(site.Tenant(Demo.District).Id, tenant["parentId"]!.GetValue<int>());
        Assert.Contains("Phường Phú Sơn", await site.Client().PageAsync("/phuong-phu-son/trang/gioi-thieu"));
    }

    [Fact]
    public async Task Provisioning_needs_the_provision_permission()
    {
        var input = new { recipe = "commune", parameters = new Dictionary<string, string> { ["unitName"] = "Phường Trái Phép", ["code"] = "90101" } };
        using var author = await site.SignedInAsync(Demo.District, Demo.Author(Demo.District));
        await author.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Post, Api, input);
        await author.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Post, $"{Api}/preview", input);
        using var anonymous = site.Client();
        await anonymous.ExpectAsync(HttpStatusCode.Unauthorized, HttpMethod.Post, Api, input);
        Assert.Null(site.Catalog.FindByName("90101"));
    }

    public static TheoryData<string, object, string, string> BadInput => new()
    {
        { "an unknown recipe", new { recipe = "thon" }, "recipe", "không có công thức tên \"thon\"" },
        { "a missing parameter", new { recipe = "commune", parameters = new { code = "90102" } }, "parameters.unitName", "thiếu tham số bắt buộc \"unitName\"" },
        { "malformed JSON", new { recipeJson = "{ \"name\": " }, "$", "JSON không hợp lệ ở dòng 1" },
        {
            "an unknown step",
            new { recipeJson = """{ "name": "la", "description": "x", "version": "1.0", "tenant": { "level": "commune", "displayName": "Xã Lạ" }, "steps": [ { "name": "bay" } ] }""" },
            "$.steps[0].name", "không có bước tên \"bay\""
        },
        { "a slug in use", new { recipe = "commune", parameters = new { unitName = "Phường Trùng", code = "90103", slug = Demo.SiblingCommune } }, "$.tenant.slug", $"'{Demo.SiblingCommune}' đã được đơn vị khác dùng" },
        { "a parent outside the site", new { recipe = "commune", parameters = new { unitName = "Xã Ngoài", code = "90104", parent = "395" } }, "$.tenant.parent", "chỉ được tạo đơn vị thuộc đơn vị đang quản trị" },
        { "a level the site cannot have below it", new { recipe = "province", parameters = new { unitName = "Tỉnh Con", code = "90105" } }, "$.tenant.level", "không thể có đơn vị con cấp 'province'" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_is_named_in_Vietnamese_and_creates_nothing(string what, object input, string key, string message)
    {
        using var admin = await site.SignedInAsync(Demo.District, Demo.Administrator(Demo.District));
        var before = await SiteInspection.CountAsync(site.Services);
        foreach (var url in new[] { $"{Api}/preview", Api })
        {
            var problem = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, url, input);

            Assert.Equal("Dữ liệu chưa hợp lệ", Field(problem, "title"));
            var errors = problem!["errors"]!.AsObject();
            Assert.True(errors.ContainsKey(key), $"{what}: {problem.ToJsonString()}");
            Assert.Contains(message, errors[key]!.AsArray()[0]!.GetValue<string>());
            Assert.Contains(problem["recipeErrors"]!.AsArray(), e => Field(e, "path") == key && Field(e, "text").Contains(message));
        }

        Assert.Equal(before, await SiteInspection.CountAsync(site.Services));
    }
}

public sealed class ProvisioningApiOnSqlite(SqliteSite site) : ProvisioningApiTests(site), IClassFixture<SqliteSite>;

public sealed class ProvisioningApiOnPostgreSql(PostgreSqlSite site) : ProvisioningApiTests(site), IClassFixture<PostgreSqlSite>;
