using System.Text.Json.Nodes;
using GovCms.Provisioning;
using GovCms.Tests.Infrastructure;

namespace GovCms.Tests.Provisioning;

/// <summary>The demo network uses real units: each code, name, level and parent as in the GSO list (shared/data/vn-admin-units.csv).</summary>
public sealed class DemoCodesTests
{
    private static readonly string UnitsCsv = Path.Combine(RepositoryFolders.Root, "..", "shared", "data", "vn-admin-units.csv");

    [Fact]
    public void Every_unit_of_the_demo_recipe_is_the_real_one_of_the_gso_list()
    {
        List<AdministrativeUnit> units;
        using (var reader = new StreamReader(UnitsCsv))
        {
            units = AdministrativeUnitsCsv.Read(reader).Units;
        }

        var byCode = units.ToDictionary(u => u.Code);
        var demo = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryFolders.Recipes, "demo.recipe.json")))!;
        var tenants = demo["steps"]!.AsArray().Single(s => SiteClient.Field(s, "name") == "tenants")!["tenants"]!.AsArray();

        Assert.Equal(7, tenants.Count);
        foreach (var tenant in tenants)
        {
            var parameters = tenant!["parameters"]!;
            var (code, name) = (SiteClient.Field(parameters, "code"), SiteClient.Field(parameters, "unitName"));
            Assert.True(byCode.TryGetValue(code, out var unit), $"{name}: no unit with code {code} in the GSO list");
            Assert.Equal(unit.Name, name);
            Assert.Equal(unit.Level, SiteClient.Field(tenant, "recipe"));
            Assert.Equal(unit.ParentCode, SiteClient.Field(parameters, "parent"));
        }
    }
}
