using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Recipes;

public static class RecipeServices
{
    /// <summary>Registers the handler of a recipe step (scoped, like the services it uses).</summary>
    public static IServiceCollection AddRecipeStep<TStep>(this IServiceCollection services) where TStep : class, IRecipeStep =>
        services.AddScoped<IRecipeStep, TStep>();

    /// <summary>
    /// Declares the JSON schema of a step, kept next to its handler as "{step}.schema.json" and compiled in as an
    /// embedded resource (<c>&lt;EmbeddedResource Include="Recipes\*.schema.json" /&gt;</c>): the resource
    /// "{namespace of TStep}.{step}.schema.json" of TStep's assembly.
    /// </summary>
    public static IServiceCollection AddRecipeStepSchema<TStep>(this IServiceCollection services, string step) where TStep : IRecipeStep
    {
        var resource = $"{typeof(TStep).Namespace}.{step}.schema.json";
        using var stream = typeof(TStep).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The schema of the recipe step '{step}' ({resource}) is not compiled into {typeof(TStep).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return services.AddRecipeStepSchema(new RecipeStepSchema(step, reader.ReadToEnd()));
    }

    /// <summary>Declares the JSON schema of a step given as text.</summary>
    public static IServiceCollection AddRecipeStepSchema(this IServiceCollection services, RecipeStepSchema schema) =>
        services.AddSingleton(schema);

    /// <summary>Declares the permission a caller of the admin needs to run a step (see <see cref="RecipeStepPermission"/>).</summary>
    public static IServiceCollection AddRecipeStepPermission(this IServiceCollection services, string step, string permission) =>
        services.AddSingleton(new RecipeStepPermission(step, permission));
}
