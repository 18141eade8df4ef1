using GovCms.Content;
using GovCms.Data;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Jobs;

/// <summary>Adds jobs of the current site (stored with the caller's next save) and cancels pending ones.</summary>
internal sealed class JobQueue(GovCmsDbContext db, TimeProvider clock, ContentAuthor author) : IJobQueue
{
    public void Queue(JobRequest request)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.Add(new ScheduledJob
        {
            Kind = request.Kind,
            DueUtc = request.DueUtc ?? now,
            ContentItemId = request.ContentItemId,
            ContentVersion = request.ContentVersion,
            InstanceId = request.InstanceId,
            OrderKey = request.OrderKey,
            Payload = (request.Payload ?? []).ToJsonString(ContentJson.Options),
            CreatedUtc = now,
            CreatedBy = author.UserName,
        });
    }

    public async Task<IReadOnlyList<PendingJob>> PendingAsync(string contentItemId, IReadOnlyCollection<string> kinds, CancellationToken cancellationToken = default) =>
        await db.Set<ScheduledJob>().AsNoTracking()
            .Where(j => j.ContentItemId == contentItemId && j.CompletedUtc == null && kinds.Contains(j.Kind))
            .OrderBy(j => j.DueUtc)
            .Select(j => new PendingJob(j.Id, j.Kind, j.DueUtc, j.ContentVersion, j.InstanceId))
            .ToListAsync(cancellationToken);

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
