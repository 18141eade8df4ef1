using GovCms.Modules;
using GovCms.Tenants;

namespace GovCms.Recipes.Steps;

/// <summary>"features": switches modules on ("enable") or off ("disable") for the tenant; what a module needs comes with it.</summary>
internal sealed class FeaturesStep(TenantService tenants, ModuleCatalog modules) : IRecipeStep
{
    private sealed record Input(List<string>? Enable, List<string>? Disable);

    public string Name => "features";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var input = context.Read<Input>();
        await SetAsync(context, "enable", input.Enable ?? [], true, cancellationToken);
        await SetAsync(context, "disable", input.Disable ?? [], false, cancellationToken);
    }

    private async Task SetAsync(RecipeStepContext context, string property, List<string> features, bool enabled, CancellationToken cancellationToken)
    {
        for (var index = 0; index < features.Count; index++)
        {
            var outcome = await tenants.SetFeatureAsync(context.RequiredTenant.Id, features[index], enabled, cancellationToken);
            if (!outcome.Succeeded)
            {
                context.Fail($"{property}[{index}]", string.Join(" ", outcome.Errors.Values));
                continue;
            }

            context.TenantChanged(outcome.Value!);
            var name = modules.Modules.First(m => string.Equals(m.Manifest.Id, features[index], StringComparison.OrdinalIgnoreCase)).Manifest.Name;
            context.Record("feature", $"{(enabled ? "Bật" : "Tắt")} tính năng \"{name}\"");
        }
    }
}
