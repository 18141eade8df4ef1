using System.Security.Claims;
using System.Text.Json.Nodes;
using GovCms.Audit;
using GovCms.Content;
using GovCms.Data;
using GovCms.Security;
using GovCms.Text;
using GovCms.Workflows.Activities;
using GovCms.Workflows.Definitions;
using GovCms.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Workflows.Tasks;

public enum TaskAction
{
    /// <summary>Pass on; on the last step, approve and publish (now, or at <see cref="TaskDecision.PublishAtUtc"/>).</summary>
    Approve,
    /// <summary>Send back to the author with notes.</summary>
    Return,
    /// <summary>The one button of a user action, or "looked at again" for a publication without approval.</summary>
    Done,
}

public sealed record TaskDecision(TaskAction Action, string? Notes = null, DateTime? PublishAtUtc = null);

public sealed record TaskOutcome(OutcomeFailure Failure, IReadOnlyDictionary<string, string> Errors)
{
    public static readonly TaskOutcome Ok = new(OutcomeFailure.None, new Dictionary<string, string>());

    public bool Succeeded => Failure == OutcomeFailure.None;

    public string Message => string.Join(" ", Errors.Values);

    public static TaskOutcome Fail(OutcomeFailure failure, string field, string message) => new(failure, new Dictionary<string, string> { [field] = message });
}

/// <summary>A task with what its page shows.</summary>
/// <param name="CanAct">The user holds one of the task's roles and the task is open.</param>
/// <param name="PublishesNext">Passing this step on publishes the item ("Duyệt và đăng").</param>
/// <param name="Problem">Why the task can no longer be done, when the item changed since.</param>
/// <param name="History">The earlier decisions on the item, newest first.</param>
public sealed record TaskDetails(WorkflowTask Task, ContentItem? Item, bool CanAct, bool PublishesNext, string? Problem, IReadOnlyList<WorkflowTask> History);

/// <summary>The tasks of the current site: who is asked, and the decisions, each taken exactly once.</summary>
public sealed class TaskService(
    GovCmsDbContext db,
    IContentManager content,
    WorkflowEngine engine,
    IPermissionService permissions,
    IAuditLog audit,
    TimeProvider clock)
{
    /// <summary>Open tasks asked of the user's roles, oldest first.</summary>
    public async Task<IReadOnlyList<WorkflowTask>> ForUserAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var roles = await permissions.GetRolesAsync(user, cancellationToken);
        return roles.Count == 0 ? [] : (await OpenAsync(cancellationToken)).Where(t => t.IsFor(roles)).ToList();
    }

    /// <summary>Every open task of the site, oldest first.</summary>
    public async Task<IReadOnlyList<WorkflowTask>> OpenAsync(CancellationToken cancellationToken = default) =>
        await db.Set<WorkflowTask>().AsNoTracking().Where(t => t.Status == WorkflowTaskStatus.Open).OrderBy(t => t.CreatedUtc).ThenBy(t => t.Id).ToListAsync(cancellationToken);

    public async Task<TaskDetails?> GetAsync(long id, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (await db.Set<WorkflowTask>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken) is not { } task)
        {
            return null;
        }

        var item = task.ContentItemId is null ? null : await content.GetAsync(task.ContentItemId, cancellationToken: cancellationToken);
        var roles = await permissions.GetRolesAsync(user, cancellationToken);
        var history = await db.Set<WorkflowTask>().AsNoTracking()
            .Where(t => t.ContentItemId == task.ContentItemId && t.Id != task.Id && t.Status != WorkflowTaskStatus.Open)
            .OrderByDescending(t => t.Id).Take(20).ToListAsync(cancellationToken);
        return new TaskDetails(task, item, task.Status == WorkflowTaskStatus.Open && task.IsFor(roles), await PublishesNextAsync(task, cancellationToken),
            task.Status == WorkflowTaskStatus.Open ? Stale(task, item) : null, history);
    }

    /// <summary>
    /// Takes a decision. The task is claimed with a conditional UPDATE inside the transaction of the whole
    /// decision, so of two people deciding at once exactly one wins; the other is told who did what.
    /// </summary>
    public async Task<TaskOutcome> DecideAsync(long id, TaskDecision decision, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (await db.Set<WorkflowTask>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken) is not { } task)
        {
            return TaskOutcome.Fail(OutcomeFailure.NotFound, "task", "Không tìm thấy việc này.");
        }

        if (task.Status != WorkflowTaskStatus.Open)
        {
            return TaskOutcome.Fail(OutcomeFailure.Conflict, "task", TaskLabels.AlreadyClosed(task));
        }

        if (!task.IsFor(await permissions.GetRolesAsync(user, cancellationToken)))
        {
            return TaskOutcome.Fail(OutcomeFailure.Forbidden, "task", "Việc này dành cho vai trò khác; tài khoản của bạn không được xử lý việc này.");
        }

        if (await CheckAsync(task, decision, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        var item = task.ContentItemId is null ? null : await content.GetAsync(task.ContentItemId, cancellationToken: cancellationToken);
        if (Stale(task, item) is { } stale)
        {
            return await CloseStaleAsync(task, stale, cancellationToken);
        }

        var outcome = OutcomeOf(task, decision);
        var notes = Clean(decision.Notes);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.Set<WorkflowTask>()
            .Where(t => t.Id == id && t.Status == WorkflowTaskStatus.Open)
            .ExecuteUpdateAsync(set => set
                .SetProperty(t => t.Status, WorkflowTaskStatus.Done)
                .SetProperty(t => t.Outcome, outcome)
                .SetProperty(t => t.Notes, notes)
                .SetProperty(t => t.CompletedBy, user.Identity!.Name)
                .SetProperty(t => t.CompletedUtc, now), cancellationToken);
        if (claimed == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return await ClosedMeanwhileAsync(id, cancellationToken);
        }

        audit.Add(new AuditEvent(AuditCategories.Content, AuditActionOf(task, outcome), task.ContentItemId, task.ContentTitle)
        {
            Details = new { step = task.Title, version = task.ContentVersion, notes, publishAtUtc = decision.PublishAtUtc },
        });
        await db.SaveChangesAsync(cancellationToken);
        try
        {
            await ResumeAsync(task, outcome, notes, decision.PublishAtUtc, user, cancellationToken);
        }
        catch (WorkflowException e)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return TaskOutcome.Fail(OutcomeFailure.Conflict, "task", e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return TaskOutcome.Fail(OutcomeFailure.Conflict, "task", "Quy trình của bài vừa thay đổi trong lúc bạn thao tác. Hãy tải lại trang.");
        }

        await transaction.CommitAsync(cancellationToken);
        return TaskOutcome.Ok;
    }

    /// <summary>Why a task about an item is void: the item was removed, changed, or (for an approval) already published.</summary>
    public static string? Stale(WorkflowTask task, ContentItem? item) => task switch
    {
        { ContentItemId: null } => null,
        { Kind: WorkflowTaskKind.Review } => item is null ? ContentChecks.Removed : null,
        _ => ContentChecks.Changed(item, task.ContentVersion) ?? ContentChecks.AlreadyPublished(item!, task.ContentVersion),
    };

    private async Task<TaskOutcome?> CheckAsync(WorkflowTask task, TaskDecision decision, CancellationToken cancellationToken)
    {
        var allowed = task.Kind == WorkflowTaskKind.Approval ? decision.Action is TaskAction.Approve or TaskAction.Return : decision.Action == TaskAction.Done;
        if (!allowed)
        {
            return TaskOutcome.Fail(OutcomeFailure.Invalid, "action", "Việc này không có thao tác đó.");
        }

        if (decision.Action == TaskAction.Return && Clean(decision.Notes) is null)
        {
            return TaskOutcome.Fail(OutcomeFailure.Invalid, "notes", "Hãy ghi rõ cần sửa gì để tác giả biết.");
        }

        if (decision.PublishAtUtc is DateTime publishAt)
        {
            if (decision.Action != TaskAction.Approve || !await PublishesNextAsync(task, cancellationToken))
            {
                return TaskOutcome.Fail(OutcomeFailure.Invalid, "publishAt", "Chỉ bước duyệt cuối cùng mới hẹn giờ đăng được.");
            }

            if (!TimeInput.InRange(publishAt))
            {
                return TaskOutcome.Fail(OutcomeFailure.Invalid, "publishAt", $"Thời điểm đăng {TimeInput.RangeRule}.");
            }

            if (publishAt <= clock.GetUtcNow().UtcDateTime.AddMinutes(1))
            {
                return TaskOutcome.Fail(OutcomeFailure.Invalid, "publishAt", "Thời điểm đăng phải sau hiện tại. Để đăng ngay, hãy bấm \"Duyệt và đăng\".");
            }
        }

        return null;
    }

    private static string OutcomeOf(WorkflowTask task, TaskDecision decision) => decision.Action switch
    {
        TaskAction.Approve => WorkflowOutcomes.Approved,
        TaskAction.Return => WorkflowOutcomes.Returned,
        _ => WorkflowOutcomes.Done,
    };

    private static string AuditActionOf(WorkflowTask task, string outcome) => (task.Kind, outcome) switch
    {
        (WorkflowTaskKind.Approval, WorkflowOutcomes.Approved) => WorkflowAuditActions.Approved,
        (WorkflowTaskKind.Approval, _) => WorkflowAuditActions.Returned,
        (WorkflowTaskKind.Review, _) => WorkflowAuditActions.Reviewed,
        _ => WorkflowAuditActions.Confirmed,
    };

    private async Task ResumeAsync(WorkflowTask task, string outcome, string? notes, DateTime? publishAt, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (task.InstanceId is null)
        {
            return;
        }

        var instance = await db.Set<WorkflowInstance>().SingleAsync(i => i.Id == task.InstanceId, cancellationToken);
        var input = new JsonObject
        {
            [WorkflowVariables.Notes] = notes,
            [WorkflowVariables.DecidedBy] = user.Identity?.Name,
            [WorkflowVariables.PublishAt] = publishAt is DateTime at ? WorkflowVariables.FromTime(at) : null,
        };
        await engine.ResumeAsync(instance, outcome, user.Identity?.Name, input, cancellationToken: cancellationToken);
    }

    private async Task<bool> PublishesNextAsync(WorkflowTask task, CancellationToken cancellationToken)
    {
        if (task.Kind != WorkflowTaskKind.Approval || task.InstanceId is null)
        {
            return false;
        }

        var json = await db.Set<WorkflowInstance>().AsNoTracking().Where(i => i.Id == task.InstanceId).Select(i => i.Definition).SingleOrDefaultAsync(cancellationToken);
        var definition = json is null ? null : WorkflowDefinition.Parse(json);
        return definition?.Step(task.StepId) is { } step && definition.Next(step, WorkflowOutcomes.Approved)?.Activity == PublishActivity.ActivityName;
    }

    /// <summary>Refuses a decision on a task whose item changed, and closes the task and its run so it leaves the inboxes.</summary>
    private async Task<TaskOutcome> CloseStaleAsync(WorkflowTask task, string reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var closed = await db.Set<WorkflowTask>()
            .Where(t => t.Id == task.Id && t.Status == WorkflowTaskStatus.Open)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.Status, WorkflowTaskStatus.Cancelled).SetProperty(t => t.Notes, reason).SetProperty(t => t.CompletedUtc, now), cancellationToken);
        if (closed == 0)
        {
            return await ClosedMeanwhileAsync(task.Id, cancellationToken);
        }

        await db.Set<WorkflowInstance>()
            .Where(i => i.Id == task.InstanceId && i.Status == WorkflowStatus.Waiting)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.Status, WorkflowStatus.Cancelled).SetProperty(i => i.Error, reason).SetProperty(i => i.ModifiedUtc, now), cancellationToken);
        return TaskOutcome.Fail(OutcomeFailure.Conflict, "task", $"Không thực hiện được: {reason} Việc này đã được đóng.");
    }

    private async Task<TaskOutcome> ClosedMeanwhileAsync(long id, CancellationToken cancellationToken)
    {
        var task = await db.Set<WorkflowTask>().AsNoTracking().SingleAsync(t => t.Id == id, cancellationToken);
        return TaskOutcome.Fail(OutcomeFailure.Conflict, "task", TaskLabels.AlreadyClosed(task));
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().Normalize();
}
