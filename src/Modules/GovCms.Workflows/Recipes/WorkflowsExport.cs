using System.Text.Json;
using System.Text.Json.Nodes;
using GovCms.Recipes;
using GovCms.Tenants;
using GovCms.Workflows.Definitions;

namespace GovCms.Workflows.Recipes;

/// <summary>A site's workflow definitions as a "workflows" step of its export.</summary>
internal sealed class WorkflowsExport(WorkflowDefinitionStore store) : IRecipeExportContributor
{
    public async Task<IReadOnlyList<JsonObject>> ExportStepsAsync(TenantContext tenant, CancellationToken cancellationToken)
    {
        var definitions = tenant.HasFeature(WorkflowsModule.Id) ? await store.ListAsync(cancellationToken) : [];
        if (definitions.Count == 0)
        {
            return [];
        }

        return
        [
            new JsonObject
            {
                ["name"] = "workflows",
                ["definitions"] = new JsonArray(definitions.Select(d => JsonSerializer.SerializeToNode(d, WorkflowDefinition.Json)).ToArray()),
            },
        ];
    }
}
