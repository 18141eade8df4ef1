using System.Text.Json.Nodes;
using GovCms.Tenants;

namespace GovCms.Recipes;

/// <summary>
/// A module's part of a tenant's export: the recipe steps that recreate what the module keeps for the
/// tenant (the Contents module: its categories). Runs with the tenant as the current tenant.
/// </summary>
public interface IRecipeExportContributor
{
    Task<IReadOnlyList<JsonObject>> ExportStepsAsync(TenantContext tenant, CancellationToken cancellationToken);
}
