using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Recipes;

public static class RecipeServices
{
    /// <summary>Registers the handler of a recipe step (scoped, like the services it uses).</summary>
    public static IServiceCollection AddRecipeStep<TStep>(this IServiceCollection services) where TStep : class, IRecipeStep =>
        services.AddScoped<IRecipeStep, TStep>();

    /// <summary>Declares the permission a caller of the admin needs to run a step (see <see cref="RecipeStepPermission"/>).</summary>
    public static IServiceCollection AddRecipeStepPermission(this IServiceCollection services, string step, string permission) =>
        services.AddSingleton(new RecipeStepPermission(step, permission));
}
