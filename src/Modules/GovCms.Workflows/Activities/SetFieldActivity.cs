using System.Text.Json;
using System.Text.Json.Nodes;
using GovCms.Content;
using GovCms.Tenants;

namespace GovCms.Workflows.Activities;

/// <summary>
/// Sets one field of the item and saves it as a new version: "field" is "title" or "Part.Property"
/// (e.g. "SummaryPart.Text"), "value" the text, with the placeholders of <see cref="Placeholders"/>.
/// </summary>
internal sealed class SetFieldActivity(IContentManager content, ICurrentTenant currentTenant) : IActivity
{
    private const string Title = "title";

    public string Name => "SetField";

    public string DisplayName => "Đặt giá trị một trường";

    public ActivityKind Kind => ActivityKind.Task;

    public IReadOnlyList<string> Outcomes { get; } = [WorkflowOutcomes.Done];

    public IEnumerable<string> Validate(WorkflowStep step)
    {
        var field = step.Text("field");
        if (field != Title && field?.Split('.') is not [{ Length: > 0 }, { Length: > 0 }])
        {
            yield return "trường (\"field\") phải là \"title\" hoặc dạng \"TênPhần.TênTrường\", ví dụ \"SummaryPart.Text\".";
        }
    }

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        if (context.Content is not { } target || await content.GetAsync(target.Id, cancellationToken: cancellationToken) is not { } item)
        {
            return ActivityResult.Fail("Không tìm thấy nội dung để đặt giá trị.");
        }

        var value = Placeholders.Fill(context.Step.Text("value") ?? "", context, currentTenant.Required.DisplayName);
        var field = context.Step.Text("field")!;
        if (field == Title)
        {
            item.DisplayText = value;
        }
        else
        {
            var (part, property) = (field.Split('.')[0], JsonNamingPolicy.CamelCase.ConvertName(field.Split('.')[1]));
            if (item.Parts[part] is not JsonObject partJson)
            {
                item.Parts[part] = partJson = [];
            }

            partJson[property] = value;
        }

        var result = await content.UpdateAsync(item, cancellationToken);
        if (!result.Succeeded)
        {
            return ActivityResult.Fail(string.Join(" ", result.Errors.Values));
        }

        context.Content = target with { Version = result.Value!.Version, Title = result.Value.DisplayText };
        return ActivityResult.Done(WorkflowOutcomes.Done);
    }
}
