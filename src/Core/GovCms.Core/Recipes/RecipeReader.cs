using System.Text.Json;
using System.Text.Json.Nodes;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace GovCms.Recipes;

/// <summary>
/// Reads recipe JSON and checks it against the host's <see cref="RecipeSchema"/>: first the recipe as a whole,
/// then every step against the schema's "step-{name}" definition when there is one (the engine's and the modules'
/// steps declare theirs). Nothing runs before a recipe has passed.
/// </summary>
public static class RecipeReader
{
    /// <summary>The recipe, or every problem found in it. <paramref name="source"/> names it in errors until its own name is known.</summary>
    public static (Recipe? Recipe, IReadOnlyList<RecipeError> Errors) Read(string json, string source, RecipeSchema recipeSchema)
    {
        JToken document;
        try
        {
            document = JToken.Parse(json);
        }
        catch (Newtonsoft.Json.JsonReaderException malformed)
        {
            return (null, [new RecipeError(source, null, null, "$",
                $"JSON không hợp lệ ở dòng {malformed.LineNumber}, cột {malformed.LinePosition}: {FirstSentence(malformed.Message)}")]);
        }

        var schema = recipeSchema.Schema;
        var name = (document as JObject)?["name"] is JValue { Type: JTokenType.String } value ? (string)value! : source;
        var errors = Validate(document, schema).Select(e => ToRecipeError(name, null, null, e)).ToList();
        if (document is JObject { } root && root["steps"] is JArray steps)
        {
            for (var index = 0; index < steps.Count; index++)
            {
                if (steps[index] is JObject step && step["name"] is JValue { Type: JTokenType.String } stepName &&
                    schema.Definitions.TryGetValue($"step-{stepName}", out var stepSchema))
                {
                    errors.AddRange(Validate(step, stepSchema).Select(e => ToRecipeError(name, index + 1, (string)stepName!, e)));
                }
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var node = JsonNode.Parse(json)!.AsObject();
        return (new Recipe
        {
            Name = name,
            Description = node["description"]!.GetValue<string>(),
            Version = node["version"]!.GetValue<string>(),
            Parameters = (node["parameters"]?.AsArray() ?? []).Select(p => new RecipeParameter(
                p!["name"]!.GetValue<string>(), p["description"]!.GetValue<string>(),
                p["required"]?.GetValue<bool>() ?? false, p["default"]?.GetValue<string>())).ToList(),
            Tenant = node["tenant"]?.AsObject(),
            Steps = node["steps"]?.AsArray() ?? [],
            IsBase = node[RecipeComposer.BaseProperty]?.GetValue<bool>() ?? false,
        }, []);
    }

    /// <summary>The schema's problems as leaves: nested errors (an item of a list, a value of a map) are flattened.</summary>
    private static IEnumerable<ValidationError> Validate(JToken token, JsonSchema schema) => Flatten(schema.Validate(token));

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => e is ChildSchemaValidationError child ? Flatten(child.Errors.SelectMany(c => c.Value)) : [e]);

    private static RecipeError ToRecipeError(string recipe, int? step, string? stepName, ValidationError error) =>
        new(recipe, step, stepName, JsonPath(error.Path), Describe(error));

    /// <summary>NJsonSchema's "#/steps[2].values" as "$.steps[2].values".</summary>
    private static string JsonPath(string? path) =>
        path is null or "#" ? "$" : "$." + path.TrimStart('#', '/');

    private static string Describe(ValidationError error) => error.Kind switch
    {
        ValidationErrorKind.PropertyRequired => $"thiếu trường bắt buộc \"{error.Property}\".",
        ValidationErrorKind.NoAdditionalPropertiesAllowed => $"trường \"{error.Property}\" không có trong định dạng công thức.",
        ValidationErrorKind.StringExpected => "giá trị phải là một chuỗi.",
        ValidationErrorKind.ArrayExpected => "giá trị phải là một danh sách.",
        ValidationErrorKind.ObjectExpected => "giá trị phải là một đối tượng JSON.",
        ValidationErrorKind.BooleanExpected => "giá trị phải là true hoặc false.",
        ValidationErrorKind.IntegerExpected => "giá trị phải là một số nguyên.",
        ValidationErrorKind.NumberExpected => "giá trị phải là một số.",
        ValidationErrorKind.StringTooShort => "giá trị không được để trống.",
        ValidationErrorKind.TooManyItems => $"danh sách có quá nhiều mục (tối đa {error.Schema.MaxItems}).",
        ValidationErrorKind.PatternMismatch => $"giá trị \"{error.Token}\" không đúng định dạng (mẫu {error.Schema.Pattern}).",
        _ => $"giá trị không hợp lệ ({error.Kind}).",
    };

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
