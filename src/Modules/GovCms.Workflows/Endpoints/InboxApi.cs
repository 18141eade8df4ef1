using System.Security.Claims;
using GovCms.Content;
using GovCms.Hosting;
using GovCms.Security;
using GovCms.Text;
using GovCms.Workflows.Dashboard;
using GovCms.Notifications;
using GovCms.Workflows.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovCms.Workflows.Endpoints;

/// <summary>
/// What waits on the user: /api/admin/workflows/tasks (the tasks of the user's roles, and the decisions on
/// them), /api/admin/workflows/notifications (the user's messages), /api/admin/workflows/dashboard.
/// </summary>
internal static class InboxApi
{
    public static void Map(IEndpointRouteBuilder adminApi)
    {
        var tasks = adminApi.MapGroup("/workflows/tasks").RequirePermission(WorkflowPermissions.Inbox);

        tasks.MapGet("", async (TaskService service, ClaimsPrincipal user) =>
            Results.Json((await service.ForUserAsync(user)).Select(TaskDto.From), ContentJson.Options));

        tasks.MapGet("/{id:long}", async (TaskService service, ClaimsPrincipal user, long id) =>
            await service.GetAsync(id, user) is { } details
                ? Results.Json(TaskDto.From(details.Task) with { CanAct = details.CanAct, PublishesNext = details.PublishesNext, Problem = details.Problem }, ContentJson.Options)
                : ApiResults.NotFound("Không tìm thấy việc này."));

        tasks.MapPost("/{id:long}", async (TaskService service, ClaimsPrincipal user, long id, DecisionInput input) =>
        {
            if (!Enum.TryParse<TaskAction>(input.Action, ignoreCase: true, out var action))
            {
                return ApiResults.Invalid(new Dictionary<string, string> { ["action"] = "Thao tác phải là \"approve\", \"return\" hoặc \"done\"." });
            }

            var publishAt = TimeInput.ParseInstant(input.PublishAt, "Thời điểm đăng", out var publishAtError);
            if (publishAtError is not null)
            {
                return ApiResults.Invalid(new Dictionary<string, string> { ["publishAt"] = publishAtError });
            }

            var outcome = await service.DecideAsync(id, new TaskDecision(action, input.Notes, publishAt), user);
            return outcome.Failure switch
            {
                OutcomeFailure.None => Results.NoContent(),
                OutcomeFailure.Invalid => ApiResults.Invalid(outcome.Errors),
                OutcomeFailure.NotFound => ApiResults.NotFound(outcome.Message),
                OutcomeFailure.Forbidden => ApiResults.Problem(StatusCodes.Status403Forbidden, outcome.Message),
                _ => ApiResults.Problem(StatusCodes.Status409Conflict, outcome.Message),
            };
        });

        adminApi.MapGet("/workflows/dashboard", async (EditorialDashboard dashboard, ClaimsPrincipal user) =>
                Results.Json(await dashboard.ForAsync(user), ContentJson.Options))
            .RequirePermission(WorkflowPermissions.Inbox);

        var notifications = adminApi.MapGroup("/workflows/notifications").RequirePermission(WorkflowPermissions.Inbox);
        notifications.MapGet("", async (NotificationInbox inbox, ClaimsPrincipal user) => Results.Json(new
        {
            unread = await inbox.UnreadCountAsync(user.Identity!.Name!),
            items = await inbox.ListAsync(user.Identity!.Name!),
        }, ContentJson.Options));
        notifications.MapPost("/read", async (NotificationInbox inbox, ClaimsPrincipal user) =>
        {
            await inbox.MarkAllReadAsync(user.Identity!.Name!);
            return Results.NoContent();
        });
    }
}

/// <param name="Action">"approve" (pass on, or approve and publish on the last step), "return" (with notes), "done".</param>
/// <param name="PublishAt">On the last step: publish at this time (ISO 8601 with offset) instead of now.</param>
public sealed record DecisionInput(string? Action, string? Notes, string? PublishAt);

public sealed record TaskDto(
    long Id, string Kind, string Title, IReadOnlyList<string> Roles, string? ContentItemId, string? ContentType, string ContentTitle, int ContentVersion,
    string? SubmittedBy, string? Details, DateTime CreatedUtc, string Status, string? Outcome, string? Notes, string? CompletedBy, DateTime? CompletedUtc)
{
    public bool? CanAct { get; init; }
    public bool? PublishesNext { get; init; }
    public string? Problem { get; init; }

    public static TaskDto From(WorkflowTask task) => new(
        task.Id, task.Kind.ToString(), task.Title, task.RoleList, task.ContentItemId, task.ContentType, task.ContentTitle, task.ContentVersion,
        task.SubmittedBy, task.Details, task.CreatedUtc, task.Status.ToString(), task.Outcome, task.Notes, task.CompletedBy, task.CompletedUtc);
}
