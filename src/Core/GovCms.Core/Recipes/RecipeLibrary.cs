using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace GovCms.Recipes;

/// <summary>Bound from "GovCms:Recipes".</summary>
public sealed class RecipeOptions
{
    /// <summary>The folder of *.recipe.json files; by default "recipes" next to the host's binaries (copied there at build).</summary>
    public string? Path { get; set; }

    public string Folder => string.IsNullOrWhiteSpace(Path) ? System.IO.Path.Combine(AppContext.BaseDirectory, "recipes") : Path;
}

/// <summary>A recipe file as the library read it: the recipe (composed with what it includes), or what is wrong with it.</summary>
/// <param name="IsBase">A base recipe ("base": true): only included by others, never run or offered.</param>
public sealed record RecipeEntry(string Name, string File, Recipe? Recipe, IReadOnlyList<RecipeError> Errors, bool IsBase = false);

/// <summary>
/// The recipes of the host: every *.recipe.json of the recipes folder, composed with the base recipes it includes
/// (<see cref="RecipeComposer"/>) and checked once. Base recipes are not listed and cannot be run.
/// </summary>
public sealed class RecipeLibrary(IOptions<RecipeOptions> options, RecipeSchema schema)
{
    public const string FileSuffix = ".recipe.json";

    private readonly Lazy<IReadOnlyDictionary<string, RecipeEntry>> _entries = new(() => Load(options.Value.Folder, schema));

    /// <summary>The recipes that may be run, by name (base recipes left out).</summary>
    public IReadOnlyCollection<RecipeEntry> All => _entries.Value.Values.Where(e => !e.IsBase).OrderBy(e => e.Name, StringComparer.Ordinal).ToList();

    /// <summary>The recipe of that name, or why there is none.</summary>
    public (Recipe? Recipe, IReadOnlyList<RecipeError> Errors) Get(string name)
    {
        if (_entries.Value.TryGetValue(name, out var entry))
        {
            return entry.IsBase
                ? (null, [new RecipeError(name, null, null, "recipe", $"\"{name}\" là công thức nền, chỉ để công thức khác bao gồm (\"include\"); hãy chọn một công thức cấp đơn vị.")])
                : (entry.Recipe, entry.Errors);
        }

        var known = string.Join(", ", All.Select(e => e.Name));
        return (null, [new RecipeError(name, null, null, "recipe", $"không có công thức tên \"{name}\". Các công thức: {known}.")]);
    }

    /// <summary>A recipe sent as text (the provisioning API's "recipeJson"), composed with the library's base recipes it includes.</summary>
    public (Recipe? Recipe, IReadOnlyList<RecipeError> Errors) Read(string json, string source)
    {
        var texts = Texts(options.Value.Folder);
        return Compose(json, source, texts, [], schema);
    }

    private static Dictionary<string, string> Texts(string folder) =>
        !Directory.Exists(folder)
            ? []
            : Directory.EnumerateFiles(folder, "*" + FileSuffix).ToDictionary(file => Path.GetFileName(file)[..^FileSuffix.Length], File.ReadAllText, StringComparer.Ordinal);

    private static Dictionary<string, RecipeEntry> Load(string folder, RecipeSchema schema)
    {
        var entries = new Dictionary<string, RecipeEntry>(StringComparer.Ordinal);
        var texts = Texts(folder);
        foreach (var name in texts.Keys.Order(StringComparer.Ordinal))
        {
            var (recipe, errors) = Compose(texts[name], name, texts, [], schema);
            if (recipe is not null && recipe.Name != name)
            {
                errors = [new RecipeError(name, null, null, "$.name", $"tên công thức \"{recipe.Name}\" phải trùng với tên tệp \"{name}{FileSuffix}\".")];
                recipe = null;
            }

            entries[name] = new RecipeEntry(name, Path.Combine(folder, name + FileSuffix), recipe, errors, recipe?.IsBase ?? IsBase(texts[name]));
        }

        return entries;
    }

    /// <summary>Reads a recipe's text, composing it with what it includes (read the same way, <paramref name="including"/> being the chain so far).</summary>
    private static (Recipe? Recipe, IReadOnlyList<RecipeError> Errors) Compose(
        string json, string source, IReadOnlyDictionary<string, string> texts, IReadOnlyList<string> including, RecipeSchema schema)
    {
        if (Parse(json) is not { } node || RecipeComposer.Includes(node) is not { Count: > 0 } includes)
        {
            return RecipeReader.Read(json, source, schema);
        }

        var name = node["name"]?.ToString() ?? source;
        var chain = including.Append(name).ToList();
        var layers = new List<JsonObject>();
        foreach (var include in includes)
        {
            if (chain.Contains(include))
            {
                return (null, [new RecipeError(name, null, null, "$.include", $"công thức bao gồm chính nó: {string.Join(" → ", chain.Append(include))}.")]);
            }

            if (!texts.TryGetValue(include, out var text))
            {
                return (null, [new RecipeError(name, null, null, "$.include", $"không có công thức \"{include}\" để bao gồm. Các công thức: {string.Join(", ", texts.Keys.Order(StringComparer.Ordinal))}.")]);
            }

            var (_, errors) = Compose(text, include, texts, chain, schema);
            if (errors.Count > 0)
            {
                return (null, errors);
            }

            layers.Add(ComposedNode(Parse(text)!, texts));
        }

        return RecipeReader.Read(RecipeComposer.Compose(node, layers).ToJsonString(), source, schema);
    }

    /// <summary>A recipe's JSON with what it includes merged in (its includes already checked: no cycle, none missing).</summary>
    private static JsonObject ComposedNode(JsonObject node, IReadOnlyDictionary<string, string> texts) =>
        RecipeComposer.Compose(node, RecipeComposer.Includes(node).Select(include => ComposedNode(Parse(texts[include])!, texts)).ToList());

    private static JsonObject? Parse(string json)
    {
        try
        {
            return JsonNode.Parse(json) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static bool IsBase(string json) => Parse(json)?[RecipeComposer.BaseProperty] is JsonValue value && value.TryGetValue(out bool isBase) && isBase;
}
