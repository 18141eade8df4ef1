using System.Text.Json.Nodes;

namespace GovCms.Jobs;

/// <summary>
/// A job as its handler sees it. <see cref="TenantId"/> is the site it runs for (its scope is set to that site);
/// 0 for a job that runs per host, outside any site.
/// </summary>
public sealed record Job(long Id, string Kind, int TenantId, JsonObject Payload)
{
    /// <summary>The content item the job is about, if any.</summary>
    public string? ContentItemId { get; init; }

    /// <summary>The version of that item the job was queued for (e.g. the version to publish).</summary>
    public int? ContentVersion { get; init; }

    /// <summary>The workflow run the job belongs to, if any.</summary>
    public string? InstanceId { get; init; }

    public string? CreatedBy { get; init; }

    public DateTime DueUtc { get; init; }

    /// <summary>How often the job failed before this run.</summary>
    public int Attempts { get; init; }
}

/// <summary>
/// A job to queue. <paramref name="DueUtc"/> null means as soon as the caller's change is committed.
/// Jobs with the same <see cref="OrderKey"/> run one after the other in the order they were queued: a job
/// waits while an earlier one of its key is pending or being retried.
/// </summary>
public sealed record JobRequest(string Kind, DateTime? DueUtc = null)
{
    public string? ContentItemId { get; init; }
    public int? ContentVersion { get; init; }
    public string? InstanceId { get; init; }
    public JsonObject? Payload { get; init; }
    public string? OrderKey { get; init; }
}

/// <summary>A job still to run, for showing what is scheduled.</summary>
public sealed record PendingJob(long Id, string Kind, DateTime DueUtc, int? ContentVersion, string? InstanceId);

/// <summary>Runs the jobs of one kind: in a scope set to the job's site, inside a transaction committed with the mark "done".</summary>
public interface IJobHandler
{
    string Kind { get; }

    /// <summary>
    /// Throwing makes the job be tried again later (with a growing delay, up to GovCms:Scheduling:MaxAttempts);
    /// throwing <see cref="JobRefusedException"/> closes it at once with the message.
    /// </summary>
    Task RunAsync(Job job, CancellationToken cancellationToken);
}

/// <summary>A job that must not be done any more (the item changed meanwhile): it is closed with this reason, not tried again.</summary>
public sealed class JobRefusedException(string message) : Exception(message);
