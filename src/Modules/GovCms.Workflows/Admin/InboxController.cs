using GovCms.Admin;
using GovCms.Security;
using GovCms.Workflows.Tasks;
using Microsoft.AspNetCore.Mvc;

namespace GovCms.Workflows.Admin;

public sealed record InboxModel(IReadOnlyList<WorkflowTask> Tasks, DateTime NowUtc);

/// <summary>The user's inbox: the tasks waiting on the user's roles.</summary>
[Route("admin/inbox")]
[RequirePermission(WorkflowPermissions.Inbox)]
public sealed class InboxController(TaskService tasks, TimeProvider clock) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(new InboxModel(await tasks.ForUserAsync(User), clock.GetUtcNow().UtcDateTime));
}
