using GovCms.Jobs;

namespace GovCms.Content.Scheduling;

/// <summary>
/// Publishes at the time chosen the version that was scheduled (or approved), never a later draft. It runs as the
/// system actor, so the publishing handlers decide as for anyone: under an approval, only an approved version goes out.
/// </summary>
internal sealed class ScheduledPublishJob(IContentManager content) : IJobHandler
{
    public string Kind => ContentJobKinds.Publish;

    public async Task RunAsync(Job job, CancellationToken cancellationToken)
    {
        var item = await content.GetAsync(job.ContentItemId!, cancellationToken: cancellationToken);
        var since = job.InstanceId is null ? "hẹn giờ đăng" : "được duyệt";
        if (job.ContentVersion is int version && ScheduledVersion.Changed(item, version, since) is { } changed)
        {
            throw new JobRefusedException($"Không đăng theo lịch: {changed}");
        }

        if (item is null || item.Published)
        {
            return;
        }

        var result = await content.PublishAsync(item.ContentItemId, item.ConcurrencyStamp, cancellationToken);
        if (!result.Succeeded)
        {
            throw new JobRefusedException($"Không đăng theo lịch: {string.Join(" ", result.Errors.Values)}");
        }
    }
}

/// <summary>Takes the item off the site at the time chosen.</summary>
internal sealed class ScheduledUnpublishJob(IContentManager content) : IJobHandler
{
    public string Kind => ContentJobKinds.Unpublish;

    public async Task RunAsync(Job job, CancellationToken cancellationToken)
    {
        if (await content.GetAsync(job.ContentItemId!, cancellationToken: cancellationToken) is not { PublishedVersion: not null } item)
        {
            return;
        }

        var result = await content.UnpublishAsync(item.ContentItemId, item.ConcurrencyStamp, cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Values));
        }
    }
}

/// <summary>A removed item is neither published nor taken off later: its pending schedule goes with it, in the same save.</summary>
internal sealed class ScheduleRemoval(IJobQueue jobs) : IContentHandler
{
    public Task RemovingAsync(ContentContext context) => jobs.CancelAsync(context.Item.ContentItemId, ContentJobKinds.Both);
}
