using System.Text.Json.Nodes;

namespace GovCms.Recipes;

/// <summary>A value a recipe asks for, e.g. the unit's name; steps refer to it as "{{unitName}}".</summary>
public sealed record RecipeParameter(string Name, string Description, bool Required, string? Default);

/// <summary>A recipe read from JSON and checked against recipes/recipe.schema.json.</summary>
public sealed class Recipe
{
    public required string Name { get; init; }
    public required string Description { get; init; }
    public required string Version { get; init; }
    public IReadOnlyList<RecipeParameter> Parameters { get; init; } = [];

    /// <summary>The tenant the recipe creates before its steps run; null for a recipe that runs on the host or an existing tenant.</summary>
    public JsonObject? Tenant { get; init; }

    public JsonArray Steps { get; init; } = [];

    /// <summary>A base recipe ("base": true): only included by other recipes (<see cref="RecipeComposer"/>).</summary>
    public bool IsBase { get; init; }

    /// <summary>The level of the tenant the recipe creates, when it is written literally ("commune").</summary>
    public string? Level => Tenant?["level"]?.GetValue<string>();
}
