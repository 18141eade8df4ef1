using System.Text.Json.Nodes;
using GovCms.Content;
using GovCms.Content.Parts;

namespace GovCms.Recipes.Steps;

/// <summary>
/// "content": content items of any type in the input shape of the API ("title", "slug", "parts"
/// with their fields as stored: {"SummaryPart": {"text": "..."}, "MarkdownBodyPart": {"markdown": "..."}}), bound by
/// the same <see cref="ContentInputBinder"/>; published unless "publish" is false, dated "publishedUtc" when given
/// (an exported item keeps its date). Refused for a type whose module is off on the tenant.
/// </summary>
internal sealed class ContentStep(IContentManager content, ContentTypeCatalog types, ContentInputBinder binder, ContentImport import) : IRecipeStep
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

            var module = types.ModuleOf(type);
            if (!context.RequiredTenant.HasFeature(module))
            {
                context.Fail($"items[{index}].type", $"loại nội dung \"{type.Name}\" thuộc tính năng \"{module}\", đang tắt ở đơn vị này.");
                continue;
            }

            var contentItem = content.New(type.Name);
            var input = new ContentItemInput(item.Title, item.Slug, item.Parts);
            if (await binder.FillAsync(contentItem, type, input, ContentBindOptions.Import, cancellationToken) is { Count: > 0 } invalid)
            {
                foreach (var (field, message) in invalid)
                {
                    context.Fail($"items[{index}].{field}", message);
                }

                continue;
            }

            contentItem.PublishedUtc = item.PublishedUtc?.ToUniversalTime();
            var publish = item.Publish ?? true;
            Outcome<ContentItem> result;
            using (import.Begin(context.Caller))
            {
                result = await content.CreateAsync(contentItem, publish, cancellationToken);
            }

            if (!result.Succeeded)
            {
                context.Fail($"items[{index}]", result.Message);
                continue;
            }

            var address = type.RoutePrefix is null ? "" : $" (/{type.RoutePrefix}/{result.Value!.Slug})";
            context.Record("content", $"{type.DisplayName} \"{result.Value!.DisplayText}\"{address}{(publish ? "" : ", bản nháp")}");
        }
    }
}
