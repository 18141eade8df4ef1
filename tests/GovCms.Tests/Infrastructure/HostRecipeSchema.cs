using GovCms.Modules;
using GovCms.Recipes;
using GovCms.Web;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Infrastructure;

/// <summary>The recipe schema a host merges from its modules' step schemas, built without starting a host.</summary>
public static class HostRecipeSchema
{
    /// <summary>The schema of the real host (<c>HostModules.All()</c>).</summary>
    public static RecipeSchema Value { get; } = Of(HostModules.All());

    public static RecipeSchema Of(IEnumerable<Module> modules)
    {
        var services = new ServiceCollection();
        foreach (var module in modules)
        {
            module.ConfigureServices(services);
        }

        return new RecipeSchema(services.Where(d => d.ServiceType == typeof(RecipeStepSchema)).Select(d => (RecipeStepSchema)d.ImplementationInstance!));
    }
}
