using GovCms.Notifications;
using GovCms.Tenants;

namespace GovCms.Workflows.Activities;

/// <summary>
/// Sends a message to the inbox (and e-mail) of the person who submitted the item ("to": "submitter", the
/// default) or of everyone holding the step's roles ("to": "roles"). Settings: "subject", "message",
/// with the placeholders of <see cref="Placeholders"/>.
/// </summary>
internal sealed class NotifyActivity(INotifier notifier, ICurrentTenant currentTenant) : IActivity
{
    private const string ToSubmitter = "submitter";
    private const string ToRoles = "roles";

    public string Name => "Notify";

    public string DisplayName => "Gửi thông báo";

    public ActivityKind Kind => ActivityKind.Task;

    public bool UsesRoles => true;

    public IReadOnlyList<string> Outcomes { get; } = [WorkflowOutcomes.Done];

    public IEnumerable<string> Validate(WorkflowStep step)
    {
        var to = step.Text("to") ?? ToSubmitter;
        if (to is not (ToSubmitter or ToRoles))
        {
            yield return $"người nhận (\"to\") phải là \"{ToSubmitter}\" hoặc \"{ToRoles}\".";
        }
        else if (to == ToRoles && step.Roles.Count == 0)
        {
            yield return "cần chọn vai trò nhận thông báo.";
        }

        if (string.IsNullOrWhiteSpace(step.Text("subject")))
        {
            yield return "cần tiêu đề thông báo (\"subject\").";
        }
    }

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var site = currentTenant.Required.DisplayName;
        var subject = Placeholders.Fill(context.Step.Text("subject") ?? "", context, site);
        var message = Placeholders.Fill(context.Step.Text("message") ?? "", context, site);
        var link = context.Content is { } content ? $"admin/content/{content.Id}" : null;
        if ((context.Step.Text("to") ?? ToSubmitter) == ToRoles)
        {
            await notifier.NotifyRolesAsync(context.Step.Roles, subject, message, link, cancellationToken);
        }
        else if (context.Variable(WorkflowVariables.SubmittedBy) is { } submitter)
        {
            await notifier.NotifyUsersAsync([submitter], subject, message, link, cancellationToken);
        }

        return ActivityResult.Done(WorkflowOutcomes.Done);
    }
}
