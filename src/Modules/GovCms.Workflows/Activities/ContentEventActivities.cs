namespace GovCms.Workflows.Activities;

/// <summary>
/// Something that happens to a content item. As the first step it starts a run; later in a definition
/// the run waits there until it happens to the run's item.
/// </summary>
internal abstract class ContentEventActivity : IActivity
{
    public abstract string Name { get; }

    public abstract string DisplayName { get; }

    public ActivityKind Kind => ActivityKind.Event;

    public bool CanStart => true;

    public IReadOnlyList<string> Outcomes { get; } = [WorkflowOutcomes.Done];

    public Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken) => Task.FromResult(ActivityResult.Blocked);
}

internal sealed class ContentCreatedActivity : ContentEventActivity
{
    public override string Name => ContentEvents.Created;

    public override string DisplayName => "Khi nội dung được tạo";
}

internal sealed class ContentSubmittedActivity : ContentEventActivity
{
    public override string Name => ContentEvents.Submitted;

    public override string DisplayName => "Khi tác giả gửi duyệt";
}

internal sealed class ContentPublishedActivity : ContentEventActivity
{
    public override string Name => ContentEvents.Published;

    public override string DisplayName => "Khi nội dung được đăng";
}

internal sealed class ContentUnpublishedActivity : ContentEventActivity
{
    public override string Name => ContentEvents.Unpublished;

    public override string DisplayName => "Khi nội dung bị gỡ";
}

internal sealed class ContentDeletedActivity : ContentEventActivity
{
    public override string Name => ContentEvents.Deleted;

    public override string DisplayName => "Khi nội dung bị xóa";
}
