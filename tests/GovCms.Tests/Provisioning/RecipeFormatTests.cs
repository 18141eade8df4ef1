using GovCms.Hosting;
using GovCms.Recipes;
using GovCms.Tests.Infrastructure;
using GovCms.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GovCms.Tests.Provisioning;

/// <summary>The recipe format, checked without a database: the schema, parameters and the step registry.</summary>
public sealed class RecipeFormatTests
{
    [Fact]
    public void Every_recipe_of_the_repository_passes_the_schema()
    {
        var library = new RecipeLibrary(Options.Create(new RecipeOptions { Path = RepositoryFolders.Recipes }), HostRecipeSchema.Value);

        Assert.Equal(["commune", "demo", "district", "province"], library.All.Select(e => e.Name));
        Assert.All(library.All, entry => Assert.True(entry.Errors.Count == 0, string.Join(Environment.NewLine, entry.Errors)));
        Assert.Equal(["province", "district", "commune"], new[] { "province", "district", "commune" }.Select(n => library.Get(n).Recipe!.Level));
    }

    [Fact]
    public void Malformed_json_is_refused_with_its_line()
    {
        var (recipe, errors) = RecipeReader.Read("{\n  \"name\": \"xa\",\n  \"steps\": [ { \"name\": } ]\n}", "xa-loi", HostRecipeSchema.Value);

        Assert.Null(recipe);
        var error = Assert.Single(errors);
        Assert.Equal("xa-loi", error.Recipe);
        Assert.Contains("JSON không hợp lệ ở dòng 3", error.ToString());
    }

    [Fact]
    public void Schema_errors_name_the_recipe_the_step_and_the_path()
    {
        var (recipe, errors) = RecipeReader.Read("""
            {
              "name": "thu", "description": "Thử", "version": "1.0",
              "steps": [
                { "name": "features", "enable": ["Contents"] },
                { "name": "settings", "values": { "Phone": 5 }, "valuse": {} }
              ]
            }
            """, "thu", HostRecipeSchema.Value);

        Assert.Null(recipe);
        Assert.Contains(errors, e => e is { Recipe: "thu", Step: 2, StepName: "settings", Path: "$.steps[1].values.Phone" } && e.Message.Contains("chuỗi"));
        var unknown = Assert.Single(errors, e => e.Path == "$.steps[1].valuse");
        Assert.Equal("Công thức \"thu\", bước 2 \"settings\" ($.steps[1].valuse): trường \"valuse\" không có trong định dạng công thức.", unknown.ToString());
    }

    [Fact]
    public void A_recipe_without_steps_or_version_is_refused()
    {
        var (_, errors) = RecipeReader.Read("""{ "name": "Tên Có Dấu", "description": "x" }""", "thu", HostRecipeSchema.Value);

        Assert.Contains(errors, e => e.Path == "$.steps" && e.Message.Contains("thiếu trường bắt buộc \"steps\""));
        Assert.Contains(errors, e => e.Path == "$.version");
        Assert.Contains(errors, e => e.Path == "$.name" && e.Message.Contains("không đúng định dạng"));
    }

    [Fact]
    public void Parameters_are_bound_and_filled_in()
    {
        var (recipe, _) = RecipeReader.Read("""
            {
              "name": "thu", "description": "Thử", "version": "1.0",
              "parameters": [
                { "name": "unitName", "description": "Tên đơn vị", "required": true },
                { "name": "phone", "description": "Điện thoại", "default": "[CẦN BỔ SUNG]" }
              ],
              "steps": []
            }
            """, "thu", HostRecipeSchema.Value);

        var (_, missing) = RecipeValues.Bind(recipe!, new Dictionary<string, string> { ["unitname"] = "Xã Một" });
        Assert.Contains(missing, e => e.Path == "parameters.unitName" && e.Message.Contains("thiếu tham số bắt buộc \"unitName\" (Tên đơn vị)"));
        Assert.Contains(missing, e => e.Path == "parameters.unitname" && e.Message.Contains("không có tham số \"unitname\""));

        var (values, errors) = RecipeValues.Bind(recipe!, new Dictionary<string, string> { ["unitName"] = " Xa\u0303 Mo\u0323\u0302t " });
        Assert.Empty(errors);
        Assert.Equal("Xã Một", values["unitName"]);
        var unknown = new List<(string Path, string Name)>();
        var filled = RecipeValues.Fill(System.Text.Json.Nodes.JsonNode.Parse("""{ "values": { "Title": "UBND {{unitName}}", "Phone": "{{ phone }}", "X": "{{khac}}" } }"""),
            values, [], "$.steps[0]", unknown)!;
        Assert.Equal("UBND Xã Một", filled["values"]!["Title"]!.GetValue<string>());
        Assert.Equal("[CẦN BỔ SUNG]", filled["values"]!["Phone"]!.GetValue<string>());
        Assert.Equal([("$.steps[0].values.X", "khac")], unknown);
    }

    [Fact]
    public void Every_built_in_step_has_a_handler_and_a_schema()
    {
        using var services = BuildServices();
        using var scope = services.CreateScope();
        var handlers = RecipeStepCatalog.ByName(scope.ServiceProvider.GetServices<IRecipeStep>());

        Assert.Equal(HostRecipeSchema.Value.Steps.Order(), handlers.Keys.Order());
    }

    [Fact]
    public async Task Two_handlers_for_one_step_name_stop_the_host_at_startup()
    {
        await using var services = BuildServices(s => s.AddRecipeStep<SecondSettingsStep>());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => services.InitializeGovCmsAsync());
        Assert.Contains("'settings' has two handlers", error.Message);
        Assert.Contains(nameof(SecondSettingsStep), error.Message);
    }

    private sealed class SecondSettingsStep : IRecipeStep
    {
        public string Name => "settings";

        public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    /// <summary>The host's services on a database that is never opened.</summary>
    private static ServiceProvider BuildServices(Action<IServiceCollection>? extra = null) =>
        EngineServices.Build(new Dictionary<string, string?>
        {
            ["GovCms:Database:ConnectionString"] = "Data Source=:memory:",
            ["GovCms:Recipes:Path"] = RepositoryFolders.Recipes,
        }, Path.GetTempPath(), extra);
}
