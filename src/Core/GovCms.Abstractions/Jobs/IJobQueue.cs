namespace GovCms.Jobs;

/// <summary>
/// Jobs of the current site. A queued job is stored with the caller's next save (so a change that is undone
/// queues nothing) and run by one host once it is due and the change is committed.
/// </summary>
public interface IJobQueue
{
    void Queue(JobRequest request);

    /// <summary>The jobs of these kinds still to run for an item, soonest first.</summary>
    Task<IReadOnlyList<PendingJob>> PendingAsync(string contentItemId, IReadOnlyCollection<string> kinds, CancellationToken cancellationToken = default);

    /// <summary>Cancels the pending jobs of these kinds for an item that no host holds yet (saved with the caller's next save).</summary>
    Task CancelAsync(string contentItemId, IReadOnlyCollection<string> kinds, CancellationToken cancellationToken = default);
}
