using System.Globalization;
using System.Text.Json.Nodes;
using GovCms.Recipes;
using GovCms.Workflows.Definitions;

namespace GovCms.Workflows.Recipes;

/// <summary>
/// "workflows": the site's workflow definitions. "editorialApproval" installs the editorial approval
/// with "steps" approval steps (1, 2 or 3; 0 for none) for "contentTypes" (all when empty); "definitions"
/// are complete definitions as JSON (an exported site's). Each is checked as in the admin.
/// </summary>
internal sealed class WorkflowsStep(WorkflowDefinitionEditor editor) : IRecipeStep
{
    private sealed record Approval(string Steps, List<string>? ContentTypes);

    private sealed record Input(Approval? EditorialApproval, List<JsonObject>? Definitions);

    public string Name => "workflows";

    public string? Feature => WorkflowsModule.Id;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var input = context.Read<Input>();
        if (input.EditorialApproval is { } approval)
        {
            if (!int.TryParse(approval.Steps, NumberStyles.None, CultureInfo.InvariantCulture, out var steps) || steps > EditorialApprovalTemplate.MaxApprovalSteps)
            {
                context.Fail("editorialApproval.steps", $"số bước duyệt phải là 0 (không duyệt), 1, 2 hoặc 3, không phải \"{approval.Steps}\".");
            }
            else if (steps > 0)
            {
                var definition = EditorialApprovalTemplate.Create(EditorialApprovalTemplate.DefaultName, "Duyệt tin bài", approval.ContentTypes ?? [], steps);
                await SaveAsync(context, definition, "editorialApproval", cancellationToken);
            }
        }

        var definitions = input.Definitions ?? [];
        for (var index = 0; index < definitions.Count; index++)
        {
            var (definition, error) = WorkflowDefinitionEditor.Read(definitions[index].ToJsonString());
            if (definition is null)
            {
                context.Fail($"definitions[{index}]", error!);
                continue;
            }

            await SaveAsync(context, definition, $"definitions[{index}]", cancellationToken);
        }
    }

    private async Task SaveAsync(RecipeStepContext context, WorkflowDefinition definition, string path, CancellationToken cancellationToken)
    {
        var errors = await editor.SaveAsync(definition, actor: null, cancellationToken);
        foreach (var (field, message) in errors)
        {
            context.Fail($"{path}.{field}", message);
        }

        if (errors.Count == 0)
        {
            context.Record("workflow", $"Quy trình \"{definition.DisplayName}\" ({definition.Steps.Count} bước)");
        }
    }
}
