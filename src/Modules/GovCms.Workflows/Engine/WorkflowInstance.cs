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

/// <summary>One run of a workflow, correlated with a record: a content item (kind "content") or a module's own record.</summary>
public sealed class WorkflowInstance : ITenantOwned
{
    public string Id { get; set; } = "";
    public int TenantId { get; set; }
    public string DefinitionName { get; set; } = "";

    /// <summary>The definition's JSON when the run started, so editing a definition never breaks a run.</summary>
    public string Definition { get; set; } = "";

    /// <summary>What the run is about: <see cref="WorkflowRecord.ContentKind"/> or a module's record kind; null for a run about nothing.</summary>
    public string? RecordKind { get; set; }

    /// <summary>The content item's id, or the module record's.</summary>
    public string? RecordId { get; set; }

    /// <summary>The content type of a content item; the kind of another record.</summary>
    public string? ContentType { get; set; }

    /// <summary>The record's title as the run last saw it.</summary>
    public string? ContentTitle { get; set; }

    /// <summary>For a content item, the version the run is about.</summary>
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
