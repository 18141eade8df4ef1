using GovCms.Data;

namespace GovCms.Workflows.Scheduling;

/// <summary>
/// Work due at a time: a scheduled publication, a workflow's timer, an event or an e-mail to send after
/// the change that caused it is committed. One runner claims a job before running it, so it runs once
/// even when several hosts share the database.
/// </summary>
public sealed class ScheduledJob : ITenantOwned
{
    public long Id { get; set; }
    public int TenantId { get; set; }

    /// <summary>Which handler runs it, see <see cref="JobKinds"/>.</summary>
    public string Kind { get; set; } = "";

    public string? ContentItemId { get; set; }

    /// <summary>The version to publish; a job refuses to publish a version that is no longer the latest.</summary>
    public int? ContentVersion { get; set; }

    public string? InstanceId { get; set; }

    /// <summary>What the handler needs besides, as JSON.</summary>
    public string Payload { get; set; } = "{}";

    public DateTime DueUtc { get; set; }
    public DateTime CreatedUtc { get; set; }
    public string? CreatedBy { get; set; }
    public string? ClaimedBy { get; set; }
    public DateTime? ClaimedUtc { get; set; }
    public DateTime? CompletedUtc { get; set; }
    public DateTime? CancelledUtc { get; set; }
    public int Attempts { get; set; }
    public string? Error { get; set; }
}

public static class JobKinds
{
    public const string Publish = "publish";
    public const string Unpublish = "unpublish";
    public const string WorkflowEvent = "workflow-event";
    public const string WorkflowTimer = "workflow-timer";
    public const string Mail = "mail";
}
