using System.Text.Json.Nodes;
using GovCms.Recipes;
using GovCms.Tests.Infrastructure;
using GovCms.Tests.Modules.Announcements;
using GovCms.Web;

namespace GovCms.Tests.Modules;

/// <summary>Recipe step schemas live with their modules and are merged into the recipe schema at startup.</summary>
public sealed class RecipeSchemaTests
{
    /// <summary>Set to 1 to write the merged schema to recipes/recipe.schema.json instead of failing.</summary>
    public const string WriteVariable = "GOVCMS_WRITE_RECIPE_SCHEMA";

    [Fact]
    public void The_written_recipe_schema_is_the_one_the_host_merges()
    {
        var file = Path.Combine(RepositoryFolders.Recipes, "recipe.schema.json");
        var merged = HostRecipeSchema.Value.Json;
        if (Environment.GetEnvironmentVariable(WriteVariable) == "1")
        {
            File.WriteAllText(file, merged);
        }

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(File.ReadAllText(file)), JsonNode.Parse(merged)),
            $"recipes/recipe.schema.json is stale: the modules' step schemas changed. Run the tests with {WriteVariable}=1 to write it again.");
    }

    [Fact]
    public void A_modules_step_is_checked_against_the_schema_it_declares()
    {
        var schema = HostRecipeSchema.Of([.. HostModules.All(), new AnnouncementsModule()]);
        var (recipe, errors) = RecipeReader.Read("""
            { "name": "thu", "description": "Thử", "version": "1.0",
              "steps": [ { "name": "announcements", "items": [ { "title": "" } ], "extra": 1 } ] }
            """, "thu", schema);

        Assert.Null(recipe);
        Assert.Contains(errors, e => e.Step == 1 && e.StepName == "announcements" && e.Key == "$.steps[0].items[0].title");
        Assert.Contains(errors, e => e.Step == 1 && (e.Key.Contains("extra") || e.Message.Contains("extra")));
        // Without the module the step has no schema: it is left to its handler (and refused as unknown when there is none).
        Assert.DoesNotContain("announcements", HostRecipeSchema.Value.Steps);
    }

    [Fact]
    public void A_step_schema_declared_twice_stops_the_host()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new RecipeSchema([new RecipeStepSchema("tin-bai", "{}"), new RecipeStepSchema("tin-bai", "{}")]));
        Assert.Contains("'tin-bai'", error.Message);
        // An engine step's schema cannot be declared again by a module either.
        Assert.Throws<InvalidOperationException>(() => new RecipeSchema([new RecipeStepSchema("features", "{}")]));
    }
}
