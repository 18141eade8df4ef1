namespace GovCms.Recipes;

/// <summary>
/// The JSON schema of one recipe step (the step object, with its "name"), declared by the module that handles the
/// step. The engine merges every step's schema into the recipe schema as the definition "step-{name}" at startup.
/// </summary>
public sealed record RecipeStepSchema(string Step, string Json);
