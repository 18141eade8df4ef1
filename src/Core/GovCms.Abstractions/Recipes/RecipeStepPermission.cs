namespace GovCms.Recipes;

/// <summary>
/// A permission a caller of the admin needs on the site they provision from to run a recipe step ("tenant" for the
/// recipe's tenant block), declared by the module that owns the equivalent API. A step that no module declares a
/// permission for is refused to callers of the admin; the host itself (command line, demo) runs every step.
/// </summary>
public sealed record RecipeStepPermission(string Step, string Permission);
