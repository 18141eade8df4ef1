using GovCms.Content;
using GovCms.Security;
using GovCms.Workflows.Definitions;
using GovCms.Workflows.Engine;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace GovCms.Workflows.Admin;

/// <summary>The list of definitions, and the form that adds an editorial approval.</summary>
public sealed record DefinitionListModel(
    IReadOnlyList<WorkflowDefinition> Definitions,
    IReadOnlyList<ContentTypeDefinition> ContentTypes,
    ActivityCatalog Activities)
{
    public string TypeNames(WorkflowDefinition definition) =>
        definition.ContentTypes.Count == 0
            ? "Mọi loại nội dung"
            : string.Join(", ", definition.ContentTypes.Select(t => ContentTypes.FirstOrDefault(c => c.Name == t)?.DisplayName ?? t));
}

public sealed class NewApprovalForm
{
    public string? DisplayName { get; set; }
    public List<string> ContentTypes { get; set; } = [];
    public int Steps { get; set; } = 2;
}

/// <summary>One step as the form edits it: its title and, where they mean something, its roles.</summary>
public sealed class StepForm
{
    public string Id { get; set; } = "";
    public string? Title { get; set; }
    public List<string> Roles { get; set; } = [];
}

/// <summary>The edit page of a definition: an ordered list of steps with their roles, or the whole JSON.</summary>
public sealed class DefinitionForm
{
    public string? DisplayName { get; set; }
    public bool Enabled { get; set; }
    public List<string> ContentTypes { get; set; } = [];
    public List<StepForm> Steps { get; set; } = [];
    public string? Json { get; set; }

    [BindNever]
    public WorkflowDefinition Definition { get; set; } = new();

    [BindNever]
    public IReadOnlyList<TenantRole> Roles { get; set; } = [];

    [BindNever]
    public IReadOnlyList<ContentTypeDefinition> AllContentTypes { get; set; } = [];

    [BindNever]
    public ActivityCatalog Activities { get; set; } = default!;

    [BindNever]
    public IReadOnlyDictionary<string, string> Errors { get; set; } = new Dictionary<string, string>();

    public bool IsApproval => Definition.StartEvent == WorkflowDefinitionStore.SubmitEvent;

    public int ApprovalStepCount => EditorialApprovalTemplate.ApprovalSteps(Definition).Count;

    public string? ErrorOf(int stepIndex) => Errors.GetValueOrDefault($"steps[{stepIndex}]");

    public static DefinitionForm From(WorkflowDefinition definition) => new()
    {
        DisplayName = definition.DisplayName,
        Enabled = definition.Enabled,
        ContentTypes = [.. definition.ContentTypes],
        Steps = definition.Steps.Select(s => new StepForm { Id = s.Id, Title = s.Title, Roles = [.. s.Roles] }).ToList(),
        Json = definition.ToJson(),
        Definition = definition,
    };

    /// <summary>The stored definition with what the form changed: names, titles, roles, types, on or off.</summary>
    public WorkflowDefinition ApplyTo(WorkflowDefinition stored, ActivityCatalog activities) => stored with
    {
        DisplayName = (DisplayName ?? "").Trim().Normalize(),
        Enabled = Enabled,
        ContentTypes = ContentTypes.Distinct().ToList(),
        Steps = stored.Steps.Select(step => Steps.FirstOrDefault(f => f.Id == step.Id) is { } edited
            ? step with
            {
                Title = string.IsNullOrWhiteSpace(edited.Title) ? null : edited.Title.Trim().Normalize(),
                Roles = activities.Find(step.Activity)?.UsesRoles == true ? edited.Roles.Distinct().ToList() : step.Roles,
            }
            : step).ToList(),
    };
}
