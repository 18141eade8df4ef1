namespace GovCms.Recipes;

/// <summary>Stops a provisioning run: the recipe or its values are wrong; the transaction is rolled back.</summary>
public sealed class RecipeException(IReadOnlyList<RecipeError> errors) : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<RecipeError> Errors { get; } = errors;
}
