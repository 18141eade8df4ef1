using Microsoft.Extensions.Options;

namespace GovCms.Recipes;

/// <summary>Bound from "GovCms:Recipes".</summary>
public sealed class RecipeOptions
{
    /// <summary>The folder of *.recipe.json files; by default "recipes" next to the host's binaries (copied there at build).</summary>
    public string? Path { get; set; }

    public string Folder => string.IsNullOrWhiteSpace(Path) ? System.IO.Path.Combine(AppContext.BaseDirectory, "recipes") : Path;
}

/// <summary>A recipe file as the library read it: the recipe, or what is wrong with it.</summary>
public sealed record RecipeEntry(string Name, string File, Recipe? Recipe, IReadOnlyList<RecipeError> Errors);

/// <summary>The recipes of the host: every *.recipe.json of the recipes folder, read and checked once.</summary>
public sealed class RecipeLibrary(IOptions<RecipeOptions> options, RecipeSchema schema)
{
    public const string FileSuffix = ".recipe.json";

    private readonly Lazy<IReadOnlyDictionary<string, RecipeEntry>> _entries = new(() => Load(options.Value.Folder, schema));

    public IReadOnlyCollection<RecipeEntry> All => _entries.Value.Values.OrderBy(e => e.Name, StringComparer.Ordinal).ToList();

    /// <summary>The recipe of that name, or why there is none.</summary>
    public (Recipe? Recipe, IReadOnlyList<RecipeError> Errors) Get(string name)
    {
        if (_entries.Value.TryGetValue(name, out var entry))
        {
            return (entry.Recipe, entry.Errors);
        }

        var known = string.Join(", ", _entries.Value.Keys.Order(StringComparer.Ordinal));
        return (null, [new RecipeError(name, null, null, "recipe", $"không có công thức tên \"{name}\". Các công thức: {known}.")]);
    }

    private static Dictionary<string, RecipeEntry> Load(string folder, RecipeSchema schema)
    {
        var entries = new Dictionary<string, RecipeEntry>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return entries;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*" + FileSuffix).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file)[..^FileSuffix.Length];
            var (recipe, errors) = RecipeReader.Read(File.ReadAllText(file), name, schema);
            if (recipe is not null && recipe.Name != name)
            {
                errors = [new RecipeError(name, null, null, "$.name", $"tên công thức \"{recipe.Name}\" phải trùng với tên tệp \"{name}{FileSuffix}\".")];
                recipe = null;
            }

            entries[name] = new RecipeEntry(name, file, recipe, errors);
        }

        return entries;
    }
}
