using GovCms.Workflows.Tasks;

namespace GovCms.Workflows.Activities;

/// <summary>
/// Asks the step's roles to pass the item on (outcome "Approved") or return it with notes ("Returned").
/// When the next step publishes, passing on is "Duyệt và đăng" and may carry a publication time.
/// </summary>
internal sealed class AskForApprovalActivity(TaskBoard tasks) : IActivity
{
    public const string ActivityName = "AskForApproval";

    public string Name => ActivityName;

    public string DisplayName => "Xin duyệt";

    public ActivityKind Kind => ActivityKind.Task;

    public bool UsesRoles => true;

    public IReadOnlyList<string> Outcomes { get; } = [WorkflowOutcomes.Approved, WorkflowOutcomes.Returned];

    public IEnumerable<string> Validate(WorkflowStep step)
    {
        if (step.Roles.Count == 0)
        {
            yield return "cần chọn vai trò được hỏi ý kiến.";
        }
    }

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken) =>
        await tasks.OpenAsync(context, WorkflowTaskKind.Approval, DisplayName, cancellationToken);
}
