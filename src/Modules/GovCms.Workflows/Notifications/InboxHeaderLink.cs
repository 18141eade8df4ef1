using System.Globalization;
using System.Security.Claims;
using GovCms.Modules;
using GovCms.Notifications;
using GovCms.Security;
using GovCms.Workflows.Tasks;

namespace GovCms.Workflows.Notifications;

/// <summary>"Hộp việc" in the admin header, counting the tasks waiting on the user's roles and the unread messages.</summary>
internal sealed class InboxHeaderLink(TaskService tasks, NotificationInbox inbox, IPermissionService permissions) : IAdminHeaderLink
{
    public string Feature => WorkflowsModule.Id;

    public async Task<AdminHeaderLink?> GetAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (user.Identity?.Name is not { } userName || !await permissions.HasPermissionAsync(user, WorkflowPermissions.Inbox, cancellationToken))
        {
            return null;
        }

        var waiting = (await tasks.ForUserAsync(user, cancellationToken)).Count;
        var unread = await inbox.UnreadCountAsync(userName, cancellationToken);
        var description = string.Create(CultureInfo.InvariantCulture, $"{waiting} việc chờ xử lý, {unread} thông báo chưa đọc");
        return new AdminHeaderLink("Hộp việc", "inbox", waiting + unread, description);
    }
}
