using GovCms.Content;
using GovCms.Workflows.Approval;
using GovCms.Workflows.Tasks;

namespace GovCms.Workflows.Scheduling;

/// <summary>Publishes at the time chosen the version that was approved (or scheduled), never a later draft.</summary>
internal sealed class PublishJob(IContentManager content, PublicationPermit permit) : IJobHandler
{
    public string Kind => JobKinds.Publish;

    public async Task RunAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        var item = await content.GetAsync(job.ContentItemId!, cancellationToken: cancellationToken);
        var since = job.InstanceId is null ? "hẹn giờ đăng" : "được duyệt";
        if (job.ContentVersion is int version && ContentChecks.Changed(item, version, since) is { } changed)
        {
            throw new JobRefusedException($"Không đăng theo lịch: {changed}");
        }

        if (item is null || item.Published)
        {
            return;
        }

        using (permit.Allow(item.ContentItemId))
        {
            var result = await content.PublishAsync(item.ContentItemId, item.ConcurrencyStamp, cancellationToken);
            if (!result.Succeeded)
            {
                throw new JobRefusedException($"Không đăng theo lịch: {string.Join(" ", result.Errors.Values)}");
            }
        }
    }
}

/// <summary>Takes the item off the site at the time chosen.</summary>
internal sealed class UnpublishJob(IContentManager content) : IJobHandler
{
    public string Kind => JobKinds.Unpublish;

    public async Task RunAsync(ScheduledJob job, CancellationToken cancellationToken)
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
