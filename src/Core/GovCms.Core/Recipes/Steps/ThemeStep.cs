using GovCms.Tenants;

namespace GovCms.Recipes.Steps;

/// <summary>"theme": the public theme of the tenant.</summary>
internal sealed class ThemeStep(TenantService tenants) : IRecipeStep
{
    private sealed record Input(string Theme);

    public string Name => "theme";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var theme = context.Read<Input>().Theme;
        var tenant = context.RequiredTenant;
        var outcome = await tenants.UpdateAsync(tenant.Id, tenant.DisplayName, tenant.Settings, theme, cancellationToken);
        if (!outcome.Succeeded)
        {
            context.Fail("theme", string.Join(" ", outcome.Errors.Values));
            return;
        }

        context.TenantChanged(outcome.Value!);
        context.Record("theme", $"Giao diện {outcome.Value!.Theme}");
    }
}
