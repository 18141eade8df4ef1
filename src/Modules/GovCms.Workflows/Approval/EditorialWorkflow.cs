using System.Security.Claims;
using System.Text.Json.Nodes;
using GovCms.Audit;
using GovCms.Content;
using GovCms.Data;
using GovCms.Security;
using GovCms.Tenants;
using GovCms.Text;
using GovCms.Workflows.Definitions;
using GovCms.Workflows.Engine;
using GovCms.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Workflows.Approval;

/// <summary>The editorial approval as the content editor uses it: status, submission, publication without approval.</summary>
internal sealed class EditorialWorkflow(
    GovCmsDbContext db,
    IContentManager content,
    WorkflowDefinitionStore definitions,
    WorkflowEngine engine,
    PublicationPermit permit,
    IPermissionService permissions,
    ICurrentTenant currentTenant,
    IAuditLog audit,
    TimeProvider clock) : IEditorialWorkflow
{
    public const string Conflict = "Nội dung này vừa được người khác lưu. Hãy tải lại trang rồi thử lại.";

    public async Task<EditorialStatus> GetStatusAsync(string contentType, ContentItem? item, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!IsOn)
        {
            return EditorialStatus.None;
        }

        // A type that never needs approval (ContentTypeSettings.MayNeedApproval) is published as it is, whatever definition names it.
        var approval = content.GetType(contentType) is { Settings.MayNeedApproval: false } ? null : await definitions.ApprovalForAsync(contentType, cancellationToken);
        var granted = await permissions.GetPermissionsAsync(user, cancellationToken);
        var status = new EditorialStatus
        {
            ApprovalRequired = approval is not null,
            CanForcePublish = approval is not null && granted.Contains(WorkflowPermissions.ForcePublish),
        };
        if (item is null)
        {
            return status;
        }

        var tasks = await db.Set<WorkflowTask>().AsNoTracking()
            .Where(t => t.ContentItemId == item.ContentItemId)
            .OrderByDescending(t => t.Id)
            .Take(20)
            .ToListAsync(cancellationToken);
        var waiting = tasks.FirstOrDefault(t => t.Status == WorkflowTaskStatus.Open && t.Kind != WorkflowTaskKind.Review);
        var review = tasks.FirstOrDefault(t => t.Status == WorkflowTaskStatus.Open && t.Kind == WorkflowTaskKind.Review);
        return status with
        {
            WaitingFor = waiting?.Title,
            WaitingSinceUtc = waiting?.CreatedUtc,
            Returned = waiting is null ? await LastReturnAsync(item.ContentItemId, tasks, cancellationToken) : null,
            PublishedWithoutApproval = review is null ? null : new EditorialNote(review.SubmittedBy ?? "", review.CreatedUtc, review.Details ?? ""),
        };
    }

    public async Task<Outcome<ContentItem>> SubmitAsync(string contentItemId, string concurrencyStamp, string? note, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var (item, refused) = await LoadAsync(contentItemId, concurrencyStamp, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        if (content.GetType(item!.ContentType) is { Settings.MayNeedApproval: false } || await definitions.ApprovalForAsync(item.ContentType, cancellationToken) is null)
        {
            return Fail(OutcomeFailure.Invalid, "Loại nội dung này không cần duyệt trên cổng này: người có quyền đăng có thể đăng ngay.");
        }

        if (item.Published)
        {
            return Fail(OutcomeFailure.Invalid, "Phiên bản mới nhất đã được đăng; chưa có gì mới để gửi duyệt.");
        }

        if (await OpenTaskAsync(item.ContentItemId, cancellationToken) is { } open && open.ContentVersion == item.Version)
        {
            return Fail(OutcomeFailure.Invalid, $"Bài đã được gửi duyệt và đang chờ bước \"{open.Title}\".");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Audit(item, WorkflowAuditActions.Submitted, new { version = item.Version, note = Clean(note) });
        await CancelRunsAsync(item.ContentItemId, "Tác giả đã gửi duyệt bản mới.", cancellationToken);
        var variables = new JsonObject { [WorkflowVariables.SubmittedBy] = user.Identity?.Name, [WorkflowVariables.Note] = Clean(note) };
        try
        {
            await engine.TriggerAsync(ContentEvents.Submitted, ContentOf(item), variables, user.Identity?.Name, cancellationToken);
        }
        catch (WorkflowException e)
        {
            return Fail(OutcomeFailure.Invalid, e.Message);
        }

        await transaction.CommitAsync(cancellationToken);
        return Outcome<ContentItem>.Ok(item);
    }

    public async Task<Outcome<ContentItem>> ForcePublishAsync(string contentItemId, string concurrencyStamp, string? reason, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!await permissions.HasPermissionAsync(user, WorkflowPermissions.ForcePublish, cancellationToken))
        {
            return Fail(OutcomeFailure.Forbidden, "Chỉ quản trị được đăng ngay không qua duyệt.", "reason");
        }

        if (Clean(reason) is not { } why)
        {
            return Fail(OutcomeFailure.Invalid, "Hãy ghi lý do đăng ngay không qua duyệt, ví dụ: thông báo khẩn về phòng chống bão lũ.", "reason");
        }

        var (item, refused) = await LoadAsync(contentItemId, concurrencyStamp, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Outcome<ContentItem> published;
        using (permit.Allow(item!.ContentItemId))
        {
            published = await content.PublishAsync(item.ContentItemId, concurrencyStamp, cancellationToken);
        }

        if (!published.Succeeded)
        {
            return published;
        }

        Audit(item, WorkflowAuditActions.PublishedWithoutApproval, new { version = item.Version, reason = why });
        await CancelRunsAsync(item.ContentItemId, "Quản trị đã đăng bài không qua duyệt.", cancellationToken);
        if (await definitions.ApprovalForAsync(item.ContentType, cancellationToken) is { } approval)
        {
            db.Add(new WorkflowTask
            {
                Kind = WorkflowTaskKind.Review,
                Title = "Xem lại bài đã đăng không qua duyệt",
                Roles = string.Join(WorkflowTask.RoleSeparator, EditorialApprovalTemplate.ApprovalSteps(approval).FirstOrDefault()?.Roles ?? [BuiltInRoles.Reviewer]),
                ContentItemId = item.ContentItemId,
                ContentType = item.ContentType,
                ContentTitle = item.DisplayText,
                ContentVersion = item.Version,
                SubmittedBy = user.Identity?.Name,
                Details = why,
                CreatedUtc = clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return published;
    }

    private bool IsOn => currentTenant.Required.HasFeature(WorkflowsModule.Id);

    private void Audit(ContentItem item, string action, object details) =>
        audit.Add(new AuditEvent(AuditCategories.Content, action, item.ContentItemId, item.DisplayText) { Details = details });

    private static WorkflowContent ContentOf(ContentItem item) => new(item.ContentItemId, item.ContentType, item.DisplayText, item.Version);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().Normalize();

    private static Outcome<ContentItem> Fail(OutcomeFailure failure, string message, string field = "workflow") =>
        Outcome<ContentItem>.Fail(failure, field, message);

    private async Task<(ContentItem? Item, Outcome<ContentItem>? Refused)> LoadAsync(string contentItemId, string concurrencyStamp, CancellationToken cancellationToken)
    {
        if (!IsOn)
        {
            return (null, Fail(OutcomeFailure.NotFound, "Cổng này chưa bật quy trình biên tập."));
        }

        var item = await content.GetAsync(contentItemId, cancellationToken: cancellationToken);
        if (item is null)
        {
            return (null, Fail(OutcomeFailure.NotFound, "Không tìm thấy nội dung."));
        }

        return item.ConcurrencyStamp == concurrencyStamp ? (item, null) : (null, Fail(OutcomeFailure.Conflict, Conflict, "concurrencyStamp"));
    }

    private Task<WorkflowTask?> OpenTaskAsync(string contentItemId, CancellationToken cancellationToken) =>
        db.Set<WorkflowTask>().AsNoTracking()
            .Where(t => t.ContentItemId == contentItemId && t.Status == WorkflowTaskStatus.Open && t.Kind != WorkflowTaskKind.Review)
            .OrderByDescending(t => t.Id)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The notes of the return that ended the item's latest run, if it ended so.</summary>
    private async Task<EditorialNote?> LastReturnAsync(string contentItemId, IReadOnlyList<WorkflowTask> tasks, CancellationToken cancellationToken)
    {
        var latestRun = await db.Set<WorkflowInstance>().AsNoTracking()
            .Where(i => i.RecordKind == WorkflowRecord.ContentKind && i.RecordId == contentItemId)
            .OrderByDescending(i => i.CreatedUtc)
            .Select(i => i.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var returned = tasks.FirstOrDefault(t => t.InstanceId == latestRun && t.Outcome == WorkflowOutcomes.Returned);
        return returned is null ? null : new EditorialNote(returned.CompletedBy ?? "", returned.CompletedUtc ?? returned.CreatedUtc, returned.Notes ?? "");
    }

    /// <summary>Closes the item's open tasks and stops the runs waiting on them: a newer submission or a publication replaces them.</summary>
    private async Task CancelRunsAsync(string contentItemId, string reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var open = await db.Set<WorkflowTask>()
            .Where(t => t.ContentItemId == contentItemId && t.Status == WorkflowTaskStatus.Open && t.Kind != WorkflowTaskKind.Review)
            .ToListAsync(cancellationToken);
        foreach (var task in open)
        {
            task.Status = WorkflowTaskStatus.Cancelled;
            task.Notes = reason;
            task.CompletedUtc = now;
        }

        var runIds = open.Select(t => t.InstanceId).OfType<string>().ToList();
        foreach (var run in await db.Set<WorkflowInstance>().Where(i => runIds.Contains(i.Id) && i.Status == WorkflowStatus.Waiting).ToListAsync(cancellationToken))
        {
            run.Status = WorkflowStatus.Cancelled;
            run.Error = reason;
            run.ModifiedUtc = now;
            run.ConcurrencyStamp = Guid.NewGuid().ToString("N");
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
