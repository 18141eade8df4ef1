using GovCms.Admin;
using GovCms.Content;
using GovCms.Security;
using GovCms.Text;
using GovCms.Workflows.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace GovCms.Workflows.Admin;

/// <summary>What the task page posts: the button pressed, the notes, and the time for "Hẹn giờ đăng".</summary>
public sealed class TaskForm
{
    public const string Approve = "approve";
    public const string Schedule = "schedule";
    public const string Return = "return";
    public const string Done = "done";

    public string? Action { get; set; }
    public string? Notes { get; set; }

    /// <summary>Vietnam time, as a datetime-local field sends it.</summary>
    public string? PublishAt { get; set; }

    [BindNever]
    public TaskDetails Details { get; set; } = default!;

    [BindNever]
    public ContentTypeDefinition? Type { get; set; }

    /// <summary>Why the decision was not taken, when it is not one field's fault.</summary>
    [BindNever]
    public string? Problem { get; set; }
}

/// <summary>One task: the item to look at, and the decision (pass on, return with notes, approve and publish now or later).</summary>
[Route("admin/tasks")]
[RequirePermission(WorkflowPermissions.Inbox)]
public sealed class TasksController(TaskService tasks, IContentManager content) : AdminController
{
    [HttpGet("{id:long}")]
    public async Task<IActionResult> Show(long id) =>
        await tasks.GetAsync(id, User) is { } details ? Page(new TaskForm(), details) : NotFound();

    [HttpPost("{id:long}")]
    public async Task<IActionResult> Show(long id, TaskForm form)
    {
        if (await tasks.GetAsync(id, User) is not { } details)
        {
            return NotFound();
        }

        var decision = ToDecision(form);
        if (decision is null)
        {
            return Page(form, details);
        }

        var outcome = await tasks.DecideAsync(id, decision, User);
        if (outcome.Succeeded)
        {
            Flash(Confirmation(details, decision));
            return RedirectToAction(nameof(InboxController.Index), "Inbox");
        }

        if (outcome.Failure == OutcomeFailure.Invalid)
        {
            ModelState.AddServiceErrors(outcome.Errors);
        }
        else
        {
            form.Problem = outcome.Message;
        }

        return Page(form, await tasks.GetAsync(id, User) ?? details);
    }

    private TaskDecision? ToDecision(TaskForm form)
    {
        switch (form.Action)
        {
            case TaskForm.Approve:
                return new TaskDecision(TaskAction.Approve, form.Notes);
            case TaskForm.Return:
                return new TaskDecision(TaskAction.Return, form.Notes);
            case TaskForm.Done:
                return new TaskDecision(TaskAction.Done, form.Notes);
            case TaskForm.Schedule:
                var publishAt = TimeInput.ParseLocal(form.PublishAt, "Thời điểm đăng", out var error);
                if (publishAt is null)
                {
                    ModelState.AddModelError(nameof(TaskForm.PublishAt), error ?? "Hãy chọn ngày và giờ đăng.");
                    return null;
                }

                return new TaskDecision(TaskAction.Approve, form.Notes, publishAt);
            default:
                ModelState.AddModelError("", "Hãy chọn một thao tác.");
                return null;
        }
    }

    private static string Confirmation(TaskDetails details, TaskDecision decision)
    {
        var title = details.Task.ContentTitle;
        return decision switch
        {
            { Action: TaskAction.Return } => $"Đã trả lại \"{title}\" cho tác giả.",
            { Action: TaskAction.Approve, PublishAtUtc: DateTime at } => $"Đã duyệt \"{title}\"; bài sẽ tự đăng lúc {VietnamTime.FormatDateTime(at)}.",
            { Action: TaskAction.Approve } when details.PublishesNext => $"Đã duyệt và đăng \"{title}\".",
            { Action: TaskAction.Approve } => $"Đã chuyển tiếp \"{title}\" sang bước sau.",
            _ => $"Đã ghi nhận: \"{title}\".",
        };
    }

    private ViewResult Page(TaskForm form, TaskDetails details)
    {
        form.Details = details;
        form.Type = details.Task.ContentType is { } type ? content.GetType(type) : null;
        return View("Show", form);
    }
}
