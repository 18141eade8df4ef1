using System.Globalization;
using GovCms.Content;
using GovCms.Content.Indexing;
using GovCms.Recipes;

namespace GovCms.Samples.Notices.Recipes;

/// <summary>
/// "notices": notices written by hand in a recipe, shorter than the generic "content" step:
/// <c>{"number": "01/TB-UBND", "title": "…", "issuedOn": "2026-03-02", "kind": "thong-bao", "sharedDownward": true, "levels": ["commune"]}</c>,
/// published unless "publish" is false. An export writes notices back as "content" items (every field, any type).
/// </summary>
internal sealed class NoticesStep(IContentManager content) : IRecipeStep
{
    public const string StepName = "notices";

    private sealed record Item(string Number, string Title, string IssuedOn, string? Kind, string? Abstract, bool? Urgent, bool? SharedDownward, List<string>? Levels, bool? Publish);

    private sealed record Input(List<Item> Items);

    public string Name => StepName;

    public string? Feature => NoticesModule.Id;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var items = context.Read<Input>().Items;
        for (var index = 0; index < items.Count; index++)
        {
            var (item, path) = (items[index], $"items[{index}]");
            if (!DateOnly.TryParseExact(item.IssuedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var issuedOn))
            {
                context.Fail($"{path}.issuedOn", $"ngày ban hành \"{item.IssuedOn}\" không hợp lệ; hãy viết theo dạng năm-tháng-ngày, ví dụ 2026-03-02.");
                continue;
            }

            var notice = content.New(NoticesModule.Notice.Name);
            notice.DisplayText = item.Title;
            notice.Apply(new NoticePart { Number = item.Number, IssuedOn = issuedOn, Kind = item.Kind, Abstract = item.Abstract ?? "", Urgent = item.Urgent ?? false });
            if (item.SharedDownward == true)
            {
                notice.Apply(new SharingPart { SharedDownward = true, Levels = item.Levels ?? [] });
            }

            var publish = item.Publish ?? true;
            var created = await content.CreateAsync(notice, publish, cancellationToken);
            if (!created.Succeeded)
            {
                foreach (var (field, message) in created.Errors)
                {
                    context.Fail(field.Length == 0 ? path : $"{path}.{FieldOf(field)}", message);
                }

                continue;
            }

            context.Record("content", $"Thông báo {created.Value!.Get<NoticePart>()!.Number} \"{created.Value.DisplayText}\"{(publish ? "" : ", bản nháp")}");
        }
    }

    /// <summary>"parts.noticePart.number" is "number" of the step's item; "displayText" is its "title".</summary>
    private static string FieldOf(string key) => key switch
    {
        "displayText" => "title",
        _ when key.StartsWith("parts.noticePart.", StringComparison.Ordinal) => key["parts.noticePart.".Length..],
        _ => key,
    };
}
