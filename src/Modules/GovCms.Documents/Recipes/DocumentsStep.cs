using System.Text.Json.Nodes;
using GovCms.Documents.Catalog;
using GovCms.Recipes;
using GovCms.Tenants;

namespace GovCms.Documents.Recipes;

/// <summary>
/// "documents": sets the site's lists documents choose from; a list not named keeps what the site has (or its defaults).
/// <c>{"name": "documents", "types": [{"slug": "quyet-dinh", "label": "Quyết định"}, "Công văn"], "issuers": [...], "fields": [...], "sectors": [...]}</c>
/// (an entry is a label, its slug derived, or an object with both). An export writes every list the site stored.
/// </summary>
internal sealed class DocumentsStep(DocumentListStore store) : IRecipeStep
{
    public const string StepName = "documents";

    public string Name => StepName;

    public string? Feature => DocumentsModule.Id;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var lists = new Dictionary<string, IReadOnlyList<DocumentListInput>>();
        foreach (var list in DocumentListNames.All)
        {
            if (context.Step[list] is JsonArray entries)
            {
                lists[list] = entries.Select(Entry).ToList();
            }
        }

        if (await store.ReplaceAsync(lists, cancellationToken) is { } errors)
        {
            foreach (var (path, message) in errors)
            {
                context.Fail(path, message);
            }

            return;
        }

        foreach (var (list, entries) in lists)
        {
            context.Record("documents", $"{DocumentListNames.Label(list)}: {entries.Count} mục");
        }
    }

    private static DocumentListInput Entry(JsonNode? node) => node switch
    {
        JsonObject entry => new(entry["slug"]?.GetValue<string>(), entry["label"]?.GetValue<string>() ?? ""),
        JsonValue label when label.TryGetValue(out string? text) => new(null, text),
        _ => new(null, ""),
    };
}

/// <summary>A site's stored lists as a "documents" step of its export (defaults it never changed are not written).</summary>
internal sealed class DocumentsExport(DocumentCatalog catalog) : IRecipeExportContributor
{
    public async Task<IReadOnlyList<JsonObject>> ExportStepsAsync(TenantContext tenant, CancellationToken cancellationToken)
    {
        if (!tenant.HasFeature(DocumentsModule.Id))
        {
            return [];
        }

        var stored = await catalog.StoredListsAsync(tenant, cancellationToken);
        if (stored.Count == 0)
        {
            return [];
        }

        var step = new JsonObject { ["name"] = DocumentsStep.StepName };
        foreach (var (list, items) in stored)
        {
            step[list] = new JsonArray(items.Select(i => (JsonNode)new JsonObject { ["slug"] = i.Slug, ["label"] = i.Label }).ToArray());
        }

        return [step];
    }
}
