using System.Text.Json.Nodes;

namespace GovCms.Workflows;

/// <summary>
/// What a workflow run is about: a content item (kind "content", its id) or a record of a module (e.g.
/// kind "feedback" and the case's number), with its title for lists and messages.
/// </summary>
public sealed record WorkflowRecord(string Kind, string Id, string Title)
{
    public const string ContentKind = "content";

    public static WorkflowRecord Of(WorkflowContent content) => new(ContentKind, content.Id, content.Title);
}

/// <summary>One run of a workflow, as a module sees it.</summary>
public sealed record WorkflowRunInfo(string Id, string DefinitionName, WorkflowRecord Record, string Status, string? CurrentStepId, string? Error, DateTime CreatedUtc);

/// <summary>
/// Runs workflows about a module's own records (a content item's runs start from content events). Definitions
/// started by an event of the module's own activities (<see cref="IActivity"/> of kind Event) begin when the module
/// triggers it (such a definition lists no "contentTypes": those name content types, which records are not).
/// </summary>
public interface IWorkflowRuns
{
    /// <summary>Resumes the record's runs that wait for the event and starts those the event begins, in the caller's transaction if any.</summary>
    /// <returns>The runs started.</returns>
    Task<IReadOnlyList<WorkflowRunInfo>> TriggerAsync(string eventName, WorkflowRecord record, JsonObject? variables, string? actor, CancellationToken cancellationToken = default);

    /// <summary>The record's runs on the current site, newest first.</summary>
    Task<IReadOnlyList<WorkflowRunInfo>> ForRecordAsync(string kind, string id, CancellationToken cancellationToken = default);
}
