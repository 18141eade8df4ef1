using System.Text.Json.Nodes;

namespace GovCms.Workflows;

/// <summary>The content item a workflow is about, at the version it concerns (e.g. the version submitted for approval).</summary>
public sealed record WorkflowContent(string Id, string ContentType, string Title, int Version);

/// <summary>What a step gets when it runs.</summary>
public sealed class ActivityContext(WorkflowStep step, string instanceId, WorkflowContent? content, JsonObject variables, string? actor)
{
    public WorkflowStep Step { get; } = step;

    public string InstanceId { get; } = instanceId;

    /// <summary>The item the workflow is about; a step that saves a new version of it sets the new version here.</summary>
    public WorkflowContent? Content { get; set; } = content;

    /// <summary>What the run is about: the content item (kind "content") or a module's record; null for a run about nothing.</summary>
    public WorkflowRecord? Record { get; init; } = content is null ? null : WorkflowRecord.Of(content);

    /// <summary>The workflow's state, kept between steps (who submitted, the notes of a return, ...).</summary>
    public JsonObject Variables { get; } = variables;

    /// <summary>The user whose action runs the step; null when a timer or the background runs it.</summary>
    public string? Actor { get; } = actor;

    public string? Variable(string name) =>
        Variables[name] is JsonValue value && value.TryGetValue(out string? text) ? text : null;
}
