using GovCms.Content;
using GovCms.Workflows.Approval;
using GovCms.Content.Scheduling;
using GovCms.Jobs;
using GovCms.Workflows.Tasks;

namespace GovCms.Workflows.Activities;

/// <summary>
/// Publishes the version of the item the run is about (the approved one), never a later draft; when the
/// variable "publishAt" is a time to come, a job publishes it then, as the system actor (outcome "Scheduled").
/// </summary>
internal sealed class PublishActivity(IContentManager content, PublicationPermit permit, IJobQueue jobs, TimeProvider clock) : IActivity
{
    public const string ActivityName = "Publish";

    public string Name => ActivityName;

    public string DisplayName => "Đăng lên cổng";

    public ActivityKind Kind => ActivityKind.Task;

    public IReadOnlyList<string> Outcomes { get; } = [WorkflowOutcomes.Published, WorkflowOutcomes.Scheduled];

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        if (context.Content is not { } target)
        {
            return ActivityResult.Fail("Bước đăng cần một nội dung.");
        }

        var item = await content.GetAsync(target.Id, cancellationToken: cancellationToken);
        if (ContentChecks.Changed(item, target.Version) is { } changed)
        {
            return ActivityResult.Fail(changed);
        }

        if (ScheduledFor(context) is DateTime publishAt)
        {
            jobs.Queue(new JobRequest(ContentJobKinds.Publish, publishAt) { ContentItemId = item!.ContentItemId, ContentVersion = item.Version, InstanceId = context.InstanceId });
            return ActivityResult.Done(WorkflowOutcomes.Scheduled);
        }

        using (permit.Allow(item!.ContentItemId))
        {
            var result = await content.PublishAsync(item.ContentItemId, item.ConcurrencyStamp, cancellationToken);
            return result.Succeeded ? ActivityResult.Done(WorkflowOutcomes.Published) : ActivityResult.Fail(string.Join(" ", result.Errors.Values));
        }
    }

    private DateTime? ScheduledFor(ActivityContext context) =>
        WorkflowVariables.TimeOf(context, WorkflowVariables.PublishAt) is DateTime at && at > clock.GetUtcNow().UtcDateTime ? at : null;
}
