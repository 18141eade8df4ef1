using GovCms.Content;

namespace GovCms.Workflows.Activities;

/// <summary>Takes the item off the site (its versions stay).</summary>
internal sealed class UnpublishActivity(IContentManager content) : IActivity
{
    public string Name => "Unpublish";

    public string DisplayName => "Gỡ khỏi cổng";

    public ActivityKind Kind => ActivityKind.Task;

    public IReadOnlyList<string> Outcomes { get; } = [WorkflowOutcomes.Unpublished, WorkflowOutcomes.Scheduled];

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        if (context.Content is not { } target || await content.GetAsync(target.Id, cancellationToken: cancellationToken) is not { } item)
        {
            return ActivityResult.Fail("Không tìm thấy nội dung để gỡ.");
        }

        var result = await content.UnpublishAsync(item.ContentItemId, item.ConcurrencyStamp, cancellationToken);
        return result.Succeeded ? ActivityResult.Done(WorkflowOutcomes.Unpublished) : ActivityResult.Fail(string.Join(" ", result.Errors.Values));
    }
}
