using GovCms.Provisioning;
using GovCms.Recipes;
using GovCms.Tests.Infrastructure;
using GovCms.Workflows.Definitions;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Workflows;

/// <summary>The unit recipes install the editorial approval; an exported site carries its definitions.</summary>
public abstract class WorkflowRecipeTests(GovCmsSite site)
{
    private const string DistrictBimSon = "381";

    private TenantProvisioner Provisioner => site.Services.GetRequiredService<TenantProvisioner>();

    [Theory]
    [InlineData(null, new[] { "bien-tap", "truong-ban" })]
    [InlineData("1", new[] { "truong-ban" })]
    [InlineData("3", new[] { "bien-tap", "thu-ky", "truong-ban" })]
    [InlineData("0", new string[0])]
    public async Task A_commune_created_from_its_recipe_has_the_editorial_approval_with_the_steps_asked(string? steps, string[] approvalSteps)
    {
        var code = $"9{steps ?? "9"}101";
        var parameters = new Dictionary<string, string> { ["unitName"] = $"Phường Thử {code}", ["code"] = code, ["parent"] = DistrictBimSon };
        if (steps is not null)
        {
            parameters["approvalSteps"] = steps;
        }

        var result = await Provisioner.ProvisionAsync(new ProvisioningRequest { Recipe = "commune", Parameters = parameters });

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        var tenant = result.Tenants.Single();
        Assert.Contains("Workflows", tenant.Features);
        var definition = await site.InTenantAsync(tenant, services => services.GetRequiredService<WorkflowDefinitionStore>().FindAsync(EditorialApprovalTemplate.DefaultName));
        Assert.Equal(approvalSteps, definition is null ? [] : EditorialApprovalTemplate.ApprovalSteps(definition).Select(s => s.Id));
    }

    [Fact]
    public async Task A_number_of_steps_that_does_not_exist_is_refused_and_creates_nothing()
    {
        var result = await Provisioner.ProvisionAsync(new ProvisioningRequest
        {
            Recipe = "commune",
            Parameters = new Dictionary<string, string> { ["unitName"] = "Phường Sai Số Bước", ["code"] = "98765", ["parent"] = DistrictBimSon, ["approvalSteps"] = "5" },
        });

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Path.EndsWith(".editorialApproval.steps", StringComparison.Ordinal) && e.Message.Contains("0 (không duyệt), 1, 2 hoặc 3"));
        Assert.Null(site.Catalog.FindByName("98765"));
    }

    [Fact]
    public async Task An_exported_site_carries_its_definitions_to_the_site_made_from_the_export()
    {
        var original = site.Tenant(Demo.SiblingCommune);
        await Editorial.EnableApprovalAsync(site, Demo.SiblingCommune, steps: 3, contentTypes: ["Article"]);
        var exported = RecipeExporter.ToText(await site.Services.GetRequiredService<RecipeExporter>().ExportAsync(original));

        var result = await Provisioner.ProvisionAsync(new ProvisioningRequest
        {
            RecipeJson = exported,
            Parameters = new Dictionary<string, string> { ["unitName"] = "Phường Lam Sơn (bản sao quy trình)", ["code"] = "99902", ["parent"] = DistrictBimSon },
        });

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        var copied = await site.InTenantAsync(result.Tenants.Single(), services => services.GetRequiredService<WorkflowDefinitionStore>().ListAsync());
        var approval = Assert.Single(copied);
        Assert.Equal(["Article"], approval.ContentTypes);
        Assert.Equal(3, EditorialApprovalTemplate.ApprovalSteps(approval).Count);
    }
}

public sealed class WorkflowRecipesOnSqlite(SqliteSite site) : WorkflowRecipeTests(site), IClassFixture<SqliteSite>;

public sealed class WorkflowRecipesOnPostgreSql(PostgreSqlSite site) : WorkflowRecipeTests(site), IClassFixture<PostgreSqlSite>;
