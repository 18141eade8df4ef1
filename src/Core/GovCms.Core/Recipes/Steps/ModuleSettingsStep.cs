using GovCms.Modules;
using GovCms.Tenants;

namespace GovCms.Recipes.Steps;

/// <summary>
/// "moduleSettings": settings of one module, kept in the tenant's settings under "{module}.{key}"
/// (e.g. "Contents.PageSize") until modules have a settings store of their own.
/// </summary>
internal sealed class ModuleSettingsStep(TenantService tenants, ModuleCatalog modules) : IRecipeStep
{
    private sealed record Input(string Module, Dictionary<string, string> Values);

    public string Name => "moduleSettings";

    public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var input = context.Read<Input>();
        var module = modules.Find(input.Module);
        if (module is null)
        {
            context.Fail("module", $"không có tính năng \"{input.Module}\". Các tính năng: {string.Join(", ", modules.Modules.Select(m => m.Manifest.Id))}.");
            return Task.CompletedTask;
        }

        if (!context.RequiredTenant.HasFeature(module.Manifest.Id))
        {
            context.Fail("module", $"tính năng \"{module.Manifest.Id}\" đang tắt ở đơn vị này. Hãy bật nó trong bước \"features\" trước.");
            return Task.CompletedTask;
        }

        var values = input.Values.ToDictionary(kv => $"{module.Manifest.Id}.{kv.Key}", kv => kv.Value);
        return SettingsStep.ApplyAsync(tenants, context, values, "values", cancellationToken);
    }
}
