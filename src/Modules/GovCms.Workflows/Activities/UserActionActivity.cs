using GovCms.Workflows.Tasks;

namespace GovCms.Workflows.Activities;

/// <summary>Waits until someone of the step's roles presses the one button of the task ("label").</summary>
internal sealed class UserActionActivity(TaskBoard tasks) : IActivity
{
    public string Name => "UserAction";

    public string DisplayName => "Chờ người dùng xác nhận";

    public ActivityKind Kind => ActivityKind.Event;

    public bool UsesRoles => true;

    public IReadOnlyList<string> Outcomes { get; } = [WorkflowOutcomes.Done];

    public IEnumerable<string> Validate(WorkflowStep step)
    {
        if (step.Roles.Count == 0)
        {
            yield return "cần chọn vai trò của người xác nhận.";
        }
    }

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken) =>
        await tasks.OpenAsync(context, WorkflowTaskKind.Action, DisplayName, cancellationToken);
}
