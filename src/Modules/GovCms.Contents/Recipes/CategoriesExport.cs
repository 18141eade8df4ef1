using System.Text.Json.Nodes;
using GovCms.Contents.Categories;
using GovCms.Recipes;
using GovCms.Tenants;

namespace GovCms.Contents.Recipes;

/// <summary>A tenant's categories as a "categories" step of its export.</summary>
internal sealed class CategoriesExport(CategoryService categories) : IRecipeExportContributor
{
    public async Task<IReadOnlyList<JsonObject>> ExportStepsAsync(TenantContext tenant, CancellationToken cancellationToken)
    {
        if (!tenant.HasFeature(ContentsModule.Id))
        {
            return [];
        }

        var list = await categories.ListAsync(cancellationToken);
        return
        [
            new JsonObject
            {
                ["name"] = "categories",
                ["categories"] = new JsonArray(list.Select(c => (JsonNode)new JsonObject { ["name"] = c.Name, ["slug"] = c.Slug, ["order"] = c.Order }).ToArray()),
            },
        ];
    }
}
