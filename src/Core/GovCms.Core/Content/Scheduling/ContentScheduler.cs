using System.Security.Claims;
using GovCms.Audit;
using GovCms.Data;
using GovCms.Jobs;
using GovCms.Text;

namespace GovCms.Content.Scheduling;

/// <summary>Scheduled publication and withdrawal as jobs of the site, with or without an editorial workflow.</summary>
internal sealed class ContentScheduler(
    GovCmsDbContext db,
    IContentManager content,
    IJobQueue jobs,
    IEnumerable<IEditorialWorkflow> workflows,
    IAuditLog audit,
    TimeProvider clock) : IContentScheduler
{
    public const string Conflict = "Nội dung này vừa được người khác lưu. Hãy tải lại trang rồi thử lại.";

    public async Task<Outcome<ContentItem>> ScheduleAsync(
        string contentItemId, string concurrencyStamp, DateTime? publishAtUtc, DateTime? unpublishAtUtc, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var item = await content.GetAsync(contentItemId, cancellationToken: cancellationToken);
        if (item is null)
        {
            return Outcome<ContentItem>.Fail(OutcomeFailure.NotFound, "schedule", "Không tìm thấy nội dung.");
        }

        if (item.ConcurrencyStamp != concurrencyStamp)
        {
            return Outcome<ContentItem>.Fail(OutcomeFailure.Conflict, "concurrencyStamp", Conflict);
        }

        var needsApproval = workflows.FirstOrDefault() is { } workflow && (await workflow.GetStatusAsync(item.ContentType, null, user, cancellationToken)).ApprovalRequired;
        var errors = Errors(item, needsApproval, publishAtUtc, unpublishAtUtc);
        if (errors.Count > 0)
        {
            return Outcome<ContentItem>.Invalid(errors);
        }

        // Under an approval, a publication time is the approver's choice: it stays.
        await jobs.CancelAsync(item.ContentItemId, needsApproval ? [ContentJobKinds.Unpublish] : ContentJobKinds.Both, cancellationToken);
        if (publishAtUtc is DateTime publishAt)
        {
            jobs.Queue(new JobRequest(ContentJobKinds.Publish, publishAt) { ContentItemId = item.ContentItemId, ContentVersion = item.Version });
        }

        if (unpublishAtUtc is DateTime unpublishAt)
        {
            jobs.Queue(new JobRequest(ContentJobKinds.Unpublish, unpublishAt) { ContentItemId = item.ContentItemId });
        }

        audit.Add(new AuditEvent(AuditCategories.Content, AuditActions.Scheduled, item.ContentItemId, item.DisplayText)
        {
            Details = new { version = item.Version, publishAtUtc, unpublishAtUtc },
        });
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<ContentItem>.Ok(item);
    }

    public async Task<EditorialStatus> WithScheduleAsync(EditorialStatus status, ContentItem? item, bool canSchedule, CancellationToken cancellationToken = default)
    {
        var pending = item is null ? [] : await jobs.PendingAsync(item.ContentItemId, ContentJobKinds.Both, cancellationToken);
        return status with
        {
            CanSchedule = canSchedule,
            PublishAtUtc = pending.FirstOrDefault(j => j.Kind == ContentJobKinds.Publish)?.DueUtc,
            UnpublishAtUtc = pending.FirstOrDefault(j => j.Kind == ContentJobKinds.Unpublish)?.DueUtc,
        };
    }

    private Dictionary<string, string> Errors(ContentItem item, bool needsApproval, DateTime? publishAt, DateTime? unpublishAt)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var errors = new Dictionary<string, string>();
        if (publishAt is DateTime publish)
        {
            if (needsApproval)
            {
                errors["publishAt"] = "Loại nội dung này phải được duyệt: thời điểm đăng do người duyệt cuối chọn khi duyệt (nút \"Hẹn giờ đăng\").";
            }
            else if (!TimeInput.InRange(publish))
            {
                errors["publishAt"] = $"Thời điểm đăng {TimeInput.RangeRule}.";
            }
            else if (publish <= now)
            {
                errors["publishAt"] = "Thời điểm đăng phải sau hiện tại.";
            }
            else if (item.Published)
            {
                errors["publishAt"] = "Bản mới nhất đã được đăng. Hãy lưu bản sửa mới trước khi hẹn giờ đăng nó.";
            }
        }

        if (unpublishAt is DateTime withdraw)
        {
            if (!TimeInput.InRange(withdraw))
            {
                errors["unpublishAt"] = $"Thời điểm gỡ {TimeInput.RangeRule}.";
            }
            else if (withdraw <= now)
            {
                errors["unpublishAt"] = "Thời điểm gỡ phải sau hiện tại.";
            }
            else if (publishAt is DateTime publication && withdraw <= publication)
            {
                errors["unpublishAt"] = "Thời điểm gỡ phải sau thời điểm đăng.";
            }
        }

        return errors;
    }
}
