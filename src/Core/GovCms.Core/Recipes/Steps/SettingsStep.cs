using GovCms.Tenants;

namespace GovCms.Recipes.Steps;

/// <summary>
/// "settings": sets keys of the tenant's settings and keeps the others. An empty value removes the key,
/// so an optional parameter left empty leaves the setting unset.
/// </summary>
internal sealed class SettingsStep(TenantService tenants) : IRecipeStep
{
    private sealed record Input(Dictionary<string, string> Values);

    public string Name => "settings";

    public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken) =>
        ApplyAsync(tenants, context, context.Read<Input>().Values, "values", cancellationToken);

    /// <summary>Merges <paramref name="values"/> into the tenant's settings.</summary>
    internal static async Task ApplyAsync(TenantService tenants, RecipeStepContext context, IReadOnlyDictionary<string, string> values, string property, CancellationToken cancellationToken)
    {
        var tenant = context.RequiredTenant;
        var settings = new Dictionary<string, string>(tenant.Settings);
        foreach (var (key, value) in values)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                settings.Remove(key);
            }
            else
            {
                settings[key] = value.Trim();
                context.Record("setting", $"{key} = \"{value.Trim()}\"");
            }
        }

        var outcome = await tenants.UpdateAsync(tenant.Id, tenant.DisplayName, settings, null, cancellationToken);
        if (!outcome.Succeeded)
        {
            context.Fail(property, string.Join(" ", outcome.Errors.Values));
            return;
        }

        context.TenantChanged(outcome.Value!);
    }
}
