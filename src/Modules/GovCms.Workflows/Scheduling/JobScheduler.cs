using System.Text.Json.Nodes;
using GovCms.Content;
using GovCms.Data;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Workflows.Scheduling;

/// <summary>Adds jobs of the current tenant (stored with the caller's next save) and cancels pending ones.</summary>
internal sealed class JobScheduler(GovCmsDbContext db, TimeProvider clock, ContentAuthor author)
{
    public ScheduledJob Queue(string kind, DateTime dueUtc, string? contentItemId = null, int? contentVersion = null, string? instanceId = null, JsonObject? payload = null)
    {
        var job = new ScheduledJob
        {
            Kind = kind,
            DueUtc = dueUtc,
            ContentItemId = contentItemId,
            ContentVersion = contentVersion,
            InstanceId = instanceId,
            Payload = (payload ?? []).ToJsonString(ContentJson.Options),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            CreatedBy = author.UserName,
        };
        db.Add(job);
        return job;
    }

    /// <summary>Queues work to do as soon as the change being saved is committed.</summary>
    public ScheduledJob QueueNow(string kind, string? contentItemId = null, int? contentVersion = null, string? instanceId = null, JsonObject? payload = null) =>
        Queue(kind, clock.GetUtcNow().UtcDateTime, contentItemId, contentVersion, instanceId, payload);

    /// <summary>The publications and withdrawals still to come for an item, soonest first.</summary>
    public async Task<IReadOnlyList<ScheduledJob>> PendingForAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        await db.Set<ScheduledJob>().AsNoTracking()
            .Where(j => j.ContentItemId == contentItemId && j.CompletedUtc == null && (j.Kind == JobKinds.Publish || j.Kind == JobKinds.Unpublish))
            .OrderBy(j => j.DueUtc)
            .ToListAsync(cancellationToken);

    /// <summary>Cancels the pending jobs of these kinds for an item (tracked: saved with the caller's changes).</summary>
    public async Task CancelAsync(string contentItemId, IReadOnlyCollection<string> kinds, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var pending = await db.Set<ScheduledJob>()
            .Where(j => j.ContentItemId == contentItemId && j.CompletedUtc == null && j.ClaimedBy == null && kinds.Contains(j.Kind))
            .ToListAsync(cancellationToken);
        foreach (var job in pending)
        {
            job.CompletedUtc = job.CancelledUtc = now;
        }
    }
}
