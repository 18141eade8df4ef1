using GovCms.Recipes;
using GovCms.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace GovCms.Tests.Provisioning;

/// <summary>Recipes that include base recipes: the merge rule, base recipes kept out of the list, cycles and missing includes.</summary>
public sealed class RecipeCompositionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("govcms-recipes-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private const string Base = """
        { "name": "nen", "description": "Nền", "version": "1.0.0", "base": true,
          "parameters": [ { "name": "unitName", "description": "Tên", "required": true }, { "name": "phone", "description": "Điện thoại", "default": "[CẦN BỔ SUNG]" } ],
          "tenant": { "level": "{{level}}", "displayName": "{{unitName}}", "slug": "" },
          "steps": [
            { "name": "features", "enable": ["Contents"] },
            { "name": "settings", "values": { "Phone": "{{phone}}" } },
            { "name": "settings", "values": { "Email": "a@b.vn" } },
            { "name": "theme", "theme": "Portal" }
          ] }
        """;

    [Fact]
    public void A_level_recipe_replaces_parameters_by_name_and_steps_by_name_in_order_and_appends_the_rest()
    {
        Write("nen", Base);
        Write("xa", """
            { "name": "xa", "description": "Xã", "version": "2.0.0", "include": ["nen"],
              "parameters": [ { "name": "phone", "description": "Điện thoại xã", "default": "0237" }, { "name": "code", "description": "Mã", "required": true } ],
              "tenant": { "level": "commune", "name": "{{code}}" },
              "steps": [ { "name": "settings", "values": { "Phone": "xã {{phone}}" } }, { "name": "menu", "entries": [] } ] }
            """);

        var library = Library();
        var (recipe, errors) = library.Get("xa");

        Assert.Empty(errors);
        Assert.Equal(("xa", "Xã", "2.0.0", false), (recipe!.Name, recipe.Description, recipe.Version, recipe.IsBase));
        Assert.Equal([("unitName", "Tên"), ("phone", "Điện thoại xã"), ("code", "Mã")], recipe.Parameters.Select(p => (p.Name, p.Description)));
        Assert.Equal("0237", recipe.Parameters.Single(p => p.Name == "phone").Default);
        Assert.Equal("commune", recipe.Level);
        Assert.Equal(("{{unitName}}", "{{code}}"), (recipe.Tenant!["displayName"]!.GetValue<string>(), recipe.Tenant["name"]!.GetValue<string>()));
        Assert.Equal(["features", "settings", "settings", "theme", "menu"], recipe.Steps.Select(s => s!["name"]!.GetValue<string>()));
        Assert.Equal("xã {{phone}}", recipe.Steps[1]!["values"]!["Phone"]!.GetValue<string>());
        Assert.Equal("a@b.vn", recipe.Steps[2]!["values"]!["Email"]!.GetValue<string>());

        Assert.Equal(["xa"], library.All.Select(e => e.Name));
        var (none, refused) = library.Get("nen");
        Assert.Null(none);
        Assert.Contains("là công thức nền", Assert.Single(refused).Message);
    }

    [Fact]
    public void A_missing_include_and_a_cycle_are_named()
    {
        Write("mot", """{ "name": "mot", "description": "1", "version": "1.0", "include": ["hai"], "steps": [] }""");
        Write("hai", """{ "name": "hai", "description": "2", "version": "1.0", "include": ["mot"], "steps": [] }""");
        Write("ba", """{ "name": "ba", "description": "3", "version": "1.0", "include": ["khong-co"], "steps": [] }""");

        var library = Library();

        var cycle = Assert.Single(library.Get("mot").Errors);
        Assert.Equal(("$.include", "công thức bao gồm chính nó: mot → hai → mot."), (cycle.Path, cycle.Message));
        var missing = Assert.Single(library.Get("ba").Errors);
        Assert.Equal("$.include", missing.Path);
        Assert.StartsWith("không có công thức \"khong-co\" để bao gồm.", missing.Message);
    }

    [Fact]
    public void A_recipe_sent_as_text_may_include_the_library_s_base_recipes()
    {
        Write("nen", Base);
        var (recipe, errors) = Library().Read("""{ "name": "gui-len", "description": "x", "version": "1.0", "include": ["nen"], "tenant": { "level": "commune" }, "steps": [] }""", "(gửi lên)");

        Assert.Empty(errors);
        Assert.Equal(4, recipe!.Steps.Count);
    }

    [Fact]
    public void The_unit_recipes_include_the_base_which_is_not_offered()
    {
        var library = new RecipeLibrary(Options.Create(new RecipeOptions { Path = RepositoryFolders.Recipes }), HostRecipeSchema.Value);

        Assert.DoesNotContain(library.All, e => e.Name == "unit-base");
        foreach (var level in new[] { "province", "district", "commune" })
        {
            var text = File.ReadAllText(Path.Combine(RepositoryFolders.Recipes, $"{level}.recipe.json"));
            Assert.Contains("\"unit-base\"", text);
            Assert.DoesNotContain("\"categories\"", text);
            Assert.Equal(10, library.Get(level).Recipe!.Steps.Count); // the base's sections, the documents lists (types, then fields) among them
        }
    }

    private RecipeLibrary Library() => new(Options.Create(new RecipeOptions { Path = _folder }), HostRecipeSchema.Value);

    private void Write(string name, string json) => File.WriteAllText(Path.Combine(_folder, name + RecipeLibrary.FileSuffix), json);
}
