using GovCms.Data;

namespace GovCms.Jobs;

/// <summary>
/// Work due at a time: a scheduled publication, a workflow's timer, an event delivery or an e-mail to send after
/// the change that caused it is committed. One runner claims a job before running it, so it runs once even when
/// several hosts share the database.
/// </summary>
public sealed class ScheduledJob : ITenantOwned
{
    public long Id { get; set; }
    public int TenantId { get; set; }

    /// <summary>Which handler runs it (<see cref="IJobHandler.Kind"/>).</summary>
    public string Kind { get; set; } = "";

    public string? ContentItemId { get; set; }

    /// <summary>The version to publish; a job refuses to publish a version that is no longer the latest.</summary>
    public int? ContentVersion { get; set; }

    public string? InstanceId { get; set; }

    /// <summary>Jobs of one key run in the order of their ids, each after the one before is done or given up.</summary>
    public string? OrderKey { get; set; }

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

/// <summary>When a recurring job of sites comes next; one row per declared job, shared by every host.</summary>
public sealed class RecurringJobState
{
    public string Name { get; set; } = "";
    public DateTime NextDueUtc { get; set; }
    public DateTime? LastRunUtc { get; set; }
    public string? LastRunBy { get; set; }
}
