using System.Text.Json;
using System.Text.Json.Nodes;
using NJsonSchema;

namespace GovCms.Recipes;

/// <summary>
/// The recipe schema of this host: the engine's (the recipe's shape and the engine's own steps,
/// Recipes/recipe.base.schema.json) with the schema of every module step merged in as "step-{name}". It is built once
/// at startup; a step schema that is not JSON, or a step declared twice, stops the host. recipes/recipe.schema.json is
/// this schema written for editors (a test fails when it is stale).
/// </summary>
public sealed class RecipeSchema
{
    public const string BaseResource = "GovCms.Recipes.recipe.base.schema.json";

    public RecipeSchema(IEnumerable<RecipeStepSchema> steps)
    {
        var document = JsonNode.Parse(ReadBase())!.AsObject();
        var definitions = document["definitions"]!.AsObject();
        foreach (var step in steps)
        {
            var key = $"step-{step.Step}";
            if (definitions.ContainsKey(key))
            {
                throw new InvalidOperationException($"The schema of the recipe step '{step.Step}' is declared twice.");
            }

            definitions[key] = JsonNode.Parse(step.Json) ?? throw new InvalidOperationException($"The schema of the recipe step '{step.Step}' is empty.");
        }

        Json = document.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
        Schema = JsonSchema.FromJsonAsync(Json).GetAwaiter().GetResult();
    }

    /// <summary>The merged schema as text, as recipes/recipe.schema.json holds it.</summary>
    public string Json { get; }

    public JsonSchema Schema { get; }

    /// <summary>The steps that have a schema, by name.</summary>
    public IReadOnlyCollection<string> Steps =>
        Schema.Definitions.Keys.Where(k => k.StartsWith("step-", StringComparison.Ordinal)).Select(k => k["step-".Length..]).ToList();

    private static string ReadBase()
    {
        using var stream = typeof(RecipeSchema).Assembly.GetManifestResourceStream(BaseResource)
            ?? throw new InvalidOperationException($"The recipe schema ({BaseResource}) is not compiled in.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
