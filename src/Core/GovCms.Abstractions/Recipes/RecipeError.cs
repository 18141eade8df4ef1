namespace GovCms.Recipes;

/// <summary>
/// What is wrong with a recipe or with the values given to it, and where: the recipe, the step
/// (1-based number and name), and the JSON path ("$.steps[2].values.Phone" in the recipe,
/// "parameters.unitName" for a value of the request).
/// </summary>
public sealed record RecipeError(string Recipe, int? Step, string? StepName, string Path, string Message)
{
    /// <summary>The place of an outer recipe that ran this one, e.g. the "tenants" step of the demo recipe.</summary>
    public RecipeError? Outer { get; init; }

    /// <summary>The caller lacks a permission the step needs (the API answers 403 rather than 400).</summary>
    public bool Forbidden { get; init; }

    /// <summary>The key the API files the error under: the path, after the outer paths for nested recipes.</summary>
    public string Key => Outer is null ? Path : $"{Outer.Key} > {Path}";

    /// <summary>"Công thức "commune", bước 3 "settings" ($.steps[2].values)", after the outer places.</summary>
    public string Location
    {
        get
        {
            var where = $"Công thức \"{Recipe}\"";
            if (Step is int step)
            {
                where += $", bước {step} \"{StepName}\"";
            }

            where = Path.Length > 0 ? $"{where} ({Path})" : where;
            return Outer is null ? where : $"{Outer.Location} → {where}";
        }
    }

    public override string ToString() => $"{Location}: {Message}";
}
