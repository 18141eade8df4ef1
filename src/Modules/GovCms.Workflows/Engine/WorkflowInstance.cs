using GovCms.Data;

namespace GovCms.Workflows.Engine;

public enum WorkflowStatus
{
    Running = 0,
    /// <summary>Blocked on a step until a user's action, a timer or an event resumes it.</summary>
    Waiting = 1,
    Finished = 2,
    /// <summary>Stopped before its end: the item was sent again, removed, or published another way.</summary>
    Cancelled = 3,
    /// <summary>A step failed in the background; <see cref="WorkflowInstance.Error"/> says why.</summary>
    Faulted = 4,
}

/// <summary>One run of a workflow, correlated with a content item.</summary>
public sealed class WorkflowInstance : ITenantOwned
{
    public string Id { get; set; } = "";
    public int TenantId { get; set; }
    public string DefinitionName { get; set; } = "";

    /// <summary>The definition's JSON when the run started, so editing a definition never breaks a run.</summary>
    public string Definition { get; set; } = "";

    public string? ContentItemId { get; set; }
    public string? ContentType { get; set; }
    public string? ContentTitle { get; set; }
    public int? ContentVersion { get; set; }
    public WorkflowStatus Status { get; set; }
    public string? CurrentStepId { get; set; }
    public string Variables { get; set; } = "{}";
    public string? Error { get; set; }
    public string? StartedBy { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime ModifiedUtc { get; set; }
    public string ConcurrencyStamp { get; set; } = "";
}
