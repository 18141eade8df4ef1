using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Recipes;

public static class RecipeServices
{
    /// <summary>Registers the handler of a recipe step (scoped, like the services it uses).</summary>
    public static IServiceCollection AddRecipeStep<TStep>(this IServiceCollection services) where TStep : class, IRecipeStep =>
        services.AddScoped<IRecipeStep, TStep>();
}
