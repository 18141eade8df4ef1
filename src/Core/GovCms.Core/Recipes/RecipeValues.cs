using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace GovCms.Recipes;

/// <summary>
/// The values of a recipe's parameters, and filling them in: "{{unitName}}" in any string of the recipe
/// becomes the value given for unitName. Steps also see "{{tenant.slug}}", "{{tenant.name}}",
/// "{{tenant.displayName}}" and "{{tenant.nameInSentence}}" ("xã Xuân Hồng") of the tenant they run on.
/// </summary>
public static partial class RecipeValues
{
    [GeneratedRegex(@"\{\{\s*([A-Za-z][A-Za-z0-9_.]*)\s*\}\}")]
    private static partial Regex Placeholder();

    /// <summary>The value of every declared parameter: given, else its default, else empty. Errors are keyed "parameters.{name}".</summary>
    public static (Dictionary<string, string> Values, List<RecipeError> Errors) Bind(Recipe recipe, IReadOnlyDictionary<string, string> given)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new List<RecipeError>();
        foreach (var name in given.Keys.Where(n => recipe.Parameters.All(p => p.Name != n)))
        {
            errors.Add(new RecipeError(recipe.Name, null, null, $"parameters.{name}",
                $"công thức không có tham số \"{name}\". Các tham số: {string.Join(", ", recipe.Parameters.Select(p => p.Name))}."));
        }

        foreach (var parameter in recipe.Parameters)
        {
            var value = given.TryGetValue(parameter.Name, out var text) ? (text ?? "").Trim().Normalize() : null;
            if (string.IsNullOrEmpty(value) && parameter.Required)
            {
                errors.Add(new RecipeError(recipe.Name, null, null, $"parameters.{parameter.Name}",
                    $"thiếu tham số bắt buộc \"{parameter.Name}\" ({parameter.Description})."));
            }

            values[parameter.Name] = string.IsNullOrEmpty(value) ? parameter.Default ?? "" : value;
        }

        return (values, errors);
    }

    /// <summary>
    /// A copy of <paramref name="node"/> with every placeholder filled in, except under the properties named in
    /// <paramref name="deferred"/>. A placeholder without a value is left as it is and reported with its path.
    /// </summary>
    public static JsonNode? Fill(JsonNode? node, IReadOnlyDictionary<string, string> values, IReadOnlyCollection<string> deferred, string path, List<(string Path, string Name)> unknown)
    {
        switch (node)
        {
            case JsonObject obj:
                var filled = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    filled[key] = deferred.Contains(key) ? value?.DeepClone() : Fill(value, values, [], $"{path}.{key}", unknown);
                }

                return filled;
            case JsonArray array:
                return new JsonArray(array.Select((item, index) => Fill(item, values, [], $"{path}[{index}]", unknown)).ToArray());
            case JsonValue value when value.TryGetValue<string>(out var text):
                return JsonValue.Create(Placeholder().Replace(text, match =>
                {
                    var name = match.Groups[1].Value;
                    if (values.TryGetValue(name, out var replacement))
                    {
                        return replacement;
                    }

                    unknown.Add((path, name));
                    return match.Value;
                }));
            default:
                return node?.DeepClone();
        }
    }

    /// <summary>The message for a placeholder that has no value.</summary>
    public static string UnknownMessage(string name) =>
        $"tham số \"{{{{{name}}}}}\" không được khai báo trong công thức (và không phải tenant.slug, tenant.name, tenant.displayName, tenant.nameInSentence).";
}
