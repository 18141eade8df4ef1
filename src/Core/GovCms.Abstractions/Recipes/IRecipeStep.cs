namespace GovCms.Recipes;

/// <summary>
/// The handler of one kind of recipe step, e.g. "settings" or "categories". Each step name maps to exactly
/// one handler: the host refuses to start when two handlers claim the same name. Modules add theirs in
/// ConfigureServices with <c>services.AddRecipeStep&lt;T&gt;()</c>.
/// </summary>
public interface IRecipeStep
{
    /// <summary>The value of the step's "name" in a recipe.</summary>
    string Name { get; }

    /// <summary>The feature (module id) that must be on for the tenant; null for steps every tenant may run.</summary>
    string? Feature => null;

    /// <summary>False for a step that may also run outside any tenant (creating tenants from the host).</summary>
    bool NeedsTenant => true;

    /// <summary>Properties of the step the handler fills with parameters itself, later, instead of the runner.</summary>
    IReadOnlyCollection<string> DeferredProperties => [];

    /// <summary>
    /// Applies the step inside the provisioning transaction. Problems are reported with
    /// <see cref="RecipeStepContext.Fail"/>; any of them rolls the whole provisioning back.
    /// </summary>
    Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken);
}
