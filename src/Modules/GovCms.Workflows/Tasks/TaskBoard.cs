using GovCms.Data;
using GovCms.Notifications;

namespace GovCms.Workflows.Tasks;

/// <summary>
/// Opens the task a blocking step waits on, with the submitter's note, and tells its roles by e-mail (the inbox
/// shows it already).
/// </summary>
internal sealed class TaskBoard(GovCmsDbContext db, INotifier notifier, TimeProvider clock)
{
    public const string InboxLink = "admin/inbox";

    public async Task<ActivityResult> OpenAsync(ActivityContext context, WorkflowTaskKind kind, string fallbackTitle, CancellationToken cancellationToken)
    {
        if (context.Content is not { } content)
        {
            return ActivityResult.Fail("Bước này cần một nội dung để xử lý.");
        }

        var title = context.Step.Title is { Length: > 0 } stepTitle ? stepTitle : fallbackTitle;
        var submittedBy = context.Variable(WorkflowVariables.SubmittedBy);
        var note = context.Variable(WorkflowVariables.Note);
        db.Add(new WorkflowTask
        {
            InstanceId = context.InstanceId,
            StepId = context.Step.Id,
            Kind = kind,
            Title = title,
            Roles = string.Join(WorkflowTask.RoleSeparator, context.Step.Roles),
            ContentItemId = content.Id,
            ContentType = content.ContentType,
            ContentTitle = content.Title,
            ContentVersion = content.Version,
            SubmittedBy = submittedBy,
            Details = note,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        });
        var body = $"\"{content.Title}\" đang chờ bước \"{title}\". Mở hộp việc để xử lý.";
        if (note is not null)
        {
            body += $"\n\nLời nhắn của {submittedBy ?? "người gửi"}: {note}";
        }

        await notifier.MailRolesAsync(context.Step.Roles, $"Việc chờ xử lý: {title} – \"{content.Title}\"", body, InboxLink, cancellationToken);
        return ActivityResult.Blocked;
    }
}
