namespace GovCms.Recipes;

/// <summary>One thing a recipe created or changed, e.g. a page or a setting; a dry run lists what it would do.</summary>
/// <param name="Tenant">The slug of the tenant it happened on; empty for the host.</param>
/// <param name="Step">1-based number of the step in its recipe; 0 for creating the tenant itself.</param>
/// <param name="Kind">tenant, feature, theme, setting, role, category, content, menu, user.</param>
public sealed record ProvisioningChange(string Tenant, string Recipe, int Step, string StepName, string Kind, string Description);
