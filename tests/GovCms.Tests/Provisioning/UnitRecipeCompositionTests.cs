using System.Text.Json.Nodes;
using GovCms.Provisioning;
using GovCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Provisioning;

/// <summary>
/// The unit recipes are composed (a base recipe with the Nghị định 42 sections, included by each level): a site they
/// provision has the pages, categories, menu, roles and settings the recipes gave before they were composed, kept in
/// tests/fixtures/unit-recipes/{level}.snapshot.json (rewritten when run with GOVCMS_WRITE_UNIT_SNAPSHOTS=1).
/// </summary>
public abstract class UnitRecipeCompositionTests(GovCmsSite site)
{
    public const string WriteVariable = "GOVCMS_WRITE_UNIT_SNAPSHOTS";

    public static TheoryData<string, string, string> Units => new()
    {
        { "province", "Tỉnh Mẫu Thử", "" },
        { "district", "Huyện Mẫu Thử", "38" },
        { "commune", "Xã Mẫu Thử", "381" },
    };

    [Theory]
    [MemberData(nameof(Units))]
    public async Task A_level_recipe_provisions_the_same_site_as_before_composition(string level, string unitName, string parent)
    {
        var code = level switch { "province" => "97", "district" => "971", _ => "97101" };
        var provisioner = site.Services.GetRequiredService<TenantProvisioner>();
        var created = await provisioner.ProvisionAsync(new ProvisioningRequest
        {
            Recipe = level,
            Parameters = new Dictionary<string, string> { ["unitName"] = unitName, ["code"] = code, ["parent"] = parent },
        });
        Assert.True(created.Succeeded, string.Join(Environment.NewLine, created.Errors));
        var snapshot = Stable(await SiteSnapshot.TakeAsync(site.Services, created.Tenants.Single().Id));
        var changes = string.Join("\n", created.Changes.Where(c => c.Kind != "tenant").Select(c => $"{c.StepName}/{c.Kind}: {c.Description}"));
        var actual = snapshot + "\n" + changes + "\n";

        var file = Path.Combine(RepositoryFolders.Root, "tests", "fixtures", "unit-recipes", $"{level}.snapshot.txt");
        if (Environment.GetEnvironmentVariable(WriteVariable) == "1")
        {
            await File.WriteAllTextAsync(file, actual);
        }

        Assert.Equal(await File.ReadAllTextAsync(file), actual);
    }

    /// <summary>The snapshot without what differs from run to run: the time the pages were published.</summary>
    private static string Stable(string snapshot)
    {
        var node = JsonNode.Parse(snapshot)!.AsObject();
        foreach (var item in node["Content"]!.AsArray())
        {
            item!.AsObject().Remove("PublishedOn");
        }

        return node.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}

public sealed class UnitRecipeCompositionOnSqlite(SqliteSite site) : UnitRecipeCompositionTests(site), IClassFixture<SqliteSite>;

public sealed class UnitRecipeCompositionOnPostgreSql(PostgreSqlSite site) : UnitRecipeCompositionTests(site), IClassFixture<PostgreSqlSite>;
