using System.Text.Json.Nodes;

namespace GovCms.Recipes;

/// <summary>
/// Composes a recipe with the base recipes it includes (<c>"include": ["unit-base"]</c>), in order, then itself:
/// <list type="bullet">
/// <item><c>name</c>, <c>description</c>, <c>version</c> and <c>base</c> are the recipe's own;</item>
/// <item><c>parameters</c> are merged by name: the recipe's parameter replaces the base's of the same name where it
/// stands, a new one is appended;</item>
/// <item><c>tenant</c>: the recipe's properties over the base's;</item>
/// <item><c>steps</c> are matched by name, in order: the recipe's first step named "menu" replaces the base's first
/// "menu" step where it stands (its second the base's second, and so on); a step with no match is appended.</item>
/// </list>
/// </summary>
public static class RecipeComposer
{
    public const string IncludeProperty = "include";
    public const string BaseProperty = "base";

    /// <summary>The recipe with <paramref name="included"/> (already composed, in order) merged under it, without "include".</summary>
    public static JsonObject Compose(JsonObject recipe, IReadOnlyList<JsonObject> included)
    {
        var composed = new JsonObject();
        foreach (var layer in included.Append(recipe))
        {
            composed = Merge(composed, layer);
        }

        foreach (var own in new[] { "name", "description", "version", BaseProperty })
        {
            composed.Remove(own);
            if (recipe[own] is { } value)
            {
                composed[own] = value.DeepClone();
            }
        }

        composed.Remove(IncludeProperty);
        return composed;
    }

    /// <summary>The names a recipe includes.</summary>
    public static IReadOnlyList<string> Includes(JsonObject recipe) =>
        recipe[IncludeProperty] is JsonArray names ? names.Select(n => n?.GetValue<string>() ?? "").ToList() : [];

    private static JsonObject Merge(JsonObject under, JsonObject over)
    {
        var merged = (JsonObject)under.DeepClone();
        foreach (var (key, value) in over)
        {
            merged[key] = key switch
            {
                "parameters" => MergeByName(merged[key] as JsonArray, value as JsonArray),
                "tenant" when merged[key] is JsonObject tenant && value is JsonObject overTenant => MergeProperties(tenant, overTenant),
                "steps" => MergeSteps(merged[key] as JsonArray, value as JsonArray),
                _ => value?.DeepClone(),
            };
        }

        return merged;
    }

    private static JsonObject MergeProperties(JsonObject under, JsonObject over)
    {
        var merged = (JsonObject)under.DeepClone();
        foreach (var (key, value) in over)
        {
            merged[key] = value?.DeepClone();
        }

        return merged;
    }

    private static JsonArray MergeByName(JsonArray? under, JsonArray? over)
    {
        var merged = (JsonArray?)under?.DeepClone() ?? [];
        foreach (var parameter in over ?? [])
        {
            var name = parameter?["name"]?.ToString();
            var at = merged.ToList().FindIndex(p => p?["name"]?.ToString() == name);
            if (at >= 0)
            {
                merged[at] = parameter?.DeepClone();
            }
            else
            {
                merged.Add(parameter?.DeepClone());
            }
        }

        return merged;
    }

    private static JsonArray MergeSteps(JsonArray? under, JsonArray? over)
    {
        var merged = (JsonArray?)under?.DeepClone() ?? [];
        var replaced = new HashSet<int>();
        foreach (var step in over ?? [])
        {
            var name = step?["name"]?.ToString();
            var at = Enumerable.Range(0, merged.Count).FirstOrDefault(i => !replaced.Contains(i) && merged[i]?["name"]?.ToString() == name, -1);
            if (at >= 0 && at < under?.Count)
            {
                merged[at] = step?.DeepClone();
                replaced.Add(at);
            }
            else
            {
                merged.Add(step?.DeepClone());
            }
        }

        return merged;
    }
}
