using GovCms.Admin;
using GovCms.Security;
using GovCms.Notifications;
using GovCms.Workflows.Tasks;
using Microsoft.AspNetCore.Mvc;

namespace GovCms.Workflows.Admin;

public sealed record InboxModel(IReadOnlyList<WorkflowTask> Tasks, IReadOnlyList<Notification> Notifications, DateTime NowUtc);

/// <summary>The user's inbox: the tasks waiting on the user's roles, and the messages sent to the user.</summary>
[Route("admin/inbox")]
[RequirePermission(WorkflowPermissions.Inbox)]
public sealed class InboxController(TaskService tasks, NotificationInbox inbox, TimeProvider clock) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index() =>
        View(new InboxModel(await tasks.ForUserAsync(User), await inbox.ListAsync(User.Identity!.Name!), clock.GetUtcNow().UtcDateTime));

    [HttpPost("read")]
    public async Task<IActionResult> MarkAllRead()
    {
        await inbox.MarkAllReadAsync(User.Identity!.Name!);
        Flash("Đã đánh dấu mọi thông báo là đã đọc.");
        return RedirectToAction(nameof(Index));
    }
}
