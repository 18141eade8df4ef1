using System.Text.Json.Nodes;
using GovCms.Content;
using GovCms.Modules;

namespace GovCms.Recipes.Steps;

/// <summary>
/// "content": content items of any type, with their parts as stored ({"SummaryPart": {"text": "..."},
/// "MarkdownBodyPart": {"markdown": "..."}}), published unless "publish" is false, dated "publishedUtc"
/// when given (an exported item keeps its date). Refused for a type whose module is off on the tenant.
/// </summary>
internal sealed class ContentStep(IContentManager content, ModuleCatalog modules, ContentImport import) : IRecipeStep
{
    private sealed record Item(string Type, string Title, string? Slug, bool? Publish, DateTime? PublishedUtc, JsonObject? Parts);

    private sealed record Input(List<Item> Items);

    public string Name => "content";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var items = context.Read<Input>().Items;
        for (var index = 0; index < items.Count; index++)
        {
            var item = items[index];
            var type = content.GetType(item.Type);
            if (type is null)
            {
                context.Fail($"items[{index}].type", $"không có loại nội dung \"{item.Type}\". Các loại: {string.Join(", ", content.Types.Select(t => t.Name))}.");
                continue;
            }

            var module = modules.Modules.First(m => m.ContentTypes.Contains(type)).Manifest;
            if (!context.RequiredTenant.HasFeature(module.Id))
            {
                context.Fail($"items[{index}].type", $"loại nội dung \"{type.Name}\" thuộc tính năng \"{module.Id}\", đang tắt ở đơn vị này.");
                continue;
            }

            var parts = item.Parts ?? [];
            if (parts.Select(p => p.Key).FirstOrDefault(name => !type.Has(name)) is { } unknownPart)
            {
                context.Fail($"items[{index}].parts.{unknownPart}", $"loại \"{type.Name}\" không có phần \"{unknownPart}\". Các phần: {string.Join(", ", type.Parts)}.");
                continue;
            }

            var contentItem = content.New(type.Name);
            contentItem.DisplayText = item.Title;
            contentItem.Slug = item.Slug ?? "";
            contentItem.Parts = (JsonObject)parts.DeepClone();
            contentItem.PublishedUtc = item.PublishedUtc?.ToUniversalTime();
            var publish = item.Publish ?? true;
            ContentOperationResult result;
            using (import.Begin(context.Caller))
            {
                result = await content.CreateAsync(contentItem, publish, cancellationToken);
            }

            if (!result.Succeeded)
            {
                context.Fail($"items[{index}]", string.Join(" ", result.Errors.Values));
                continue;
            }

            var address = type.RoutePrefix is null ? "" : $" (/{type.RoutePrefix}/{result.Item!.Slug})";
            context.Record("content", $"{type.DisplayName} \"{result.Item!.DisplayText}\"{address}{(publish ? "" : ", bản nháp")}");
        }
    }
}
