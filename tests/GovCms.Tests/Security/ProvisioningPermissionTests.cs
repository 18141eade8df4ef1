using System.Net;
using System.Text.Json.Nodes;
using GovCms.Provisioning;
using GovCms.Recipes;
using GovCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Security;

/// <summary>
/// Recipes run through the provisioning API create sites below the caller's and never change the caller's own
/// site; every step needs the permissions the equivalent API would; a refused provisioning answers 4xx and keeps nothing.
/// </summary>
public abstract class ProvisioningPermissionTests(GovCmsSite site)
{
    private const string District = Demo.District;
    private static readonly string Api = $"/{District}/api/admin";

    /// <summary>A district account whose role holds only the permission to provision.</summary>
    private static readonly string Provisioner = $"taodonvi.{District}";

    /// <summary>A district account whose role holds every permission except publishing without approval.</summary>
    private static readonly string Editor = $"bientap.{District}";

    [Fact]
    public async Task A_recipe_without_a_tenant_is_refused_and_the_callers_own_site_is_unchanged()
    {
        using var admin = await site.SignedInAsync(District, Demo.Administrator(District));
        var phone = site.Tenant(District).Setting("Phone");
        var recipe = """
            { "name": "chiem-quyen", "description": "Đổi chính đơn vị đang quản trị", "version": "1.0",
              "steps": [
                { "name": "settings", "values": { "Phone": "0999 999 999" } },
                { "name": "users", "users": [ { "userName": "chiemquyen", "displayName": "Chiếm quyền", "password": "Test@2026pass", "roles": ["Administrator"] } ] }
              ] }
            """;
        var before = await SiteInspection.CountAsync(site.Services);

        foreach (var input in new object[] { new { recipeJson = recipe }, new { recipe = "demo", parameters = new { password = Demo.Password } } })
        {
            foreach (var url in new[] { $"{Api}/provisioning/preview", $"{Api}/provisioning" })
            {
                var problem = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, url, input);
                Assert.Contains("chỉ chạy được công thức tạo đơn vị mới", problem!["errors"]!["$.tenant"]![0]!.GetValue<string>());
            }
        }

        Assert.Equal(before, await SiteInspection.CountAsync(site.Services));
        Assert.Equal(phone, (await SiteInspection.ReadAsync(site.Services, site.Tenant(District).Id)).Tenant.Settings.GetValueOrDefault("Phone"));
        Assert.DoesNotContain("chiemquyen", (await SiteInspection.ReadAsync(site.Services, site.Tenant(District).Id)).Users);
    }

    [Fact]
    public async Task A_caller_who_may_only_provision_is_refused_the_steps_that_need_other_permissions_with_403()
    {
        using var caller = await SignedInWithRoleAsync(Provisioner, "Spokesperson", ["Tenants.Provision"]);
        var before = await SiteInspection.CountAsync(site.Services);
        var input = new { recipe = "commune", parameters = new Dictionary<string, string> { ["unitName"] = "Phường Thiếu Quyền", ["code"] = "90301" } };

        foreach (var url in new[] { $"{Api}/provisioning/preview", $"{Api}/provisioning" })
        {
            var problem = await caller.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Post, url, input);
            Assert.Equal("Không có quyền truy cập", Field(problem, "title"));
            Assert.Contains("cần quyền \"Bật, tắt tính năng\"", problem!["errors"]!["$.steps[0]"]![0]!.GetValue<string>());
            Assert.Contains(problem["recipeErrors"]!.AsArray(), e => Field(e, "stepName") == "features");
        }

        Assert.Equal(before, await SiteInspection.CountAsync(site.Services));
        Assert.Null(site.Catalog.FindByName("90301"));
    }

    [Fact]
    public async Task Creating_an_administrator_in_a_recipe_needs_the_users_permission_of_the_caller()
    {
        using var caller = await SignedInWithRoleAsync(Provisioner, "Spokesperson", ["Tenants.Provision"]);
        var recipe = """
            { "name": "co-quan-tri", "description": "Một đơn vị và quản trị của nó", "version": "1.0",
              "tenant": { "level": "commune", "name": "90302", "displayName": "Phường Có Quản Trị" },
              "steps": [
                { "name": "users", "users": [ { "userName": "quantri.phuong-co-quan-tri", "displayName": "Quản trị", "password": "Test@2026pass", "roles": ["Administrator"] } ] }
              ] }
            """;

        var refused = await caller.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Post, $"{Api}/provisioning", new { recipeJson = recipe });
        Assert.Contains("cần quyền \"Quản lý người dùng và vai trò\"", refused!["errors"]!["$.steps[0]"]![0]!.GetValue<string>());
        Assert.Null(site.Catalog.FindByName("90302"));

        using var admin = await site.SignedInAsync(District, Demo.Administrator(District));
        await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"{Api}/provisioning", new { recipeJson = recipe });
        using var created = site.Client();
        await created.LoginAsync("phuong-co-quan-tri", "quantri.phuong-co-quan-tri", Demo.Password);
    }

    [Fact]
    public async Task Content_of_a_type_under_approval_is_published_only_by_a_caller_who_may_publish_without_approval()
    {
        var all = await PermissionsAsync();
        using var editor = await SignedInWithRoleAsync(Editor, "Reviewer", all.Where(p => p != "Workflows.ForcePublish").ToList());
        var before = await SiteInspection.CountAsync(site.Services);
        var withApproval = new { recipe = "commune", parameters = new Dictionary<string, string> { ["unitName"] = "Phường Chờ Duyệt", ["code"] = "90303" } };

        var refused = await editor.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"{Api}/provisioning", withApproval);
        Assert.All(refused!["recipeErrors"]!.AsArray(), error =>
        {
            Assert.Equal("content", Field(error, "stepName"));
            Assert.Contains("không có quyền đăng không qua duyệt", Field(error, "message"));
        });
        Assert.Equal(before, await SiteInspection.CountAsync(site.Services));
        Assert.Null(site.Catalog.FindByName("90303"));

        var withoutApproval = new { recipe = "commune", parameters = new Dictionary<string, string> { ["unitName"] = "Phường Chờ Duyệt", ["code"] = "90303", ["approvalSteps"] = "0" } };
        await editor.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"{Api}/provisioning", withoutApproval);
        Assert.Contains("Phường Chờ Duyệt", await site.Client().PageAsync("/phuong-cho-duyet/trang/gioi-thieu"));
    }

    [Fact]
    public async Task Every_recipe_step_declares_the_permission_a_caller_of_the_admin_needs()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var declared = scope.ServiceProvider.GetRequiredService<RecipeStepPermissions>().Steps.ToHashSet();

        Assert.Contains(RecipeRunner.TenantBlock, declared);
        Assert.All(scope.ServiceProvider.GetServices<IRecipeStep>(), step => Assert.Contains(step.Name, declared));
    }

    [Fact]
    public async Task The_host_itself_still_runs_recipes_without_a_tenant()
    {
        var result = await site.Services.GetRequiredService<TenantProvisioner>().ProvisionAsync(new ProvisioningRequest
        {
            RecipeJson = """{ "name": "may-chu", "description": "x", "version": "1.0", "steps": [ { "name": "settings", "values": { "Phone": "0237 000 000" } } ] }""",
            ParentId = site.Tenant(Demo.Commune).Id,
            DryRun = true,
        });

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
    }

    private async Task<List<string>> PermissionsAsync()
    {
        using var admin = await site.SignedInAsync(District, Demo.Administrator(District));
        return (await admin.GetJsonAsync($"{Api}/permissions"))!.AsArray().Select(p => Field(p, "name")).ToList();
    }

    /// <summary>Gives a role of the district exactly these permissions and signs in an account of that role.</summary>
    private async Task<SiteClient> SignedInWithRoleAsync(string userName, string role, IReadOnlyList<string> permissions)
    {
        using (var admin = await site.SignedInAsync(District, Demo.Administrator(District)))
        {
            await admin.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Put, $"{Api}/roles/{role}/permissions", new { permissions });
            using var response = await admin.SendJsonAsync(HttpMethod.Post, $"{Api}/users",
                new { userName, displayName = "Cán bộ thử quyền", password = Demo.Password, roles = new[] { role } });
            Assert.True(response.StatusCode is HttpStatusCode.Created || (await response.Content.ReadAsStringAsync()).Contains("đã được dùng"));
        }

        return await site.SignedInAsync(District, userName);
    }
}

public sealed class ProvisioningPermissionsOnSqlite(SqliteSite site) : ProvisioningPermissionTests(site), IClassFixture<SqliteSite>;

public sealed class ProvisioningPermissionsOnPostgreSql(PostgreSqlSite site) : ProvisioningPermissionTests(site), IClassFixture<PostgreSqlSite>;
