using GovCms.Content;
using GovCms.Data;
using GovCms.Security;
using GovCms.Tenants;
using GovCms.Workflows.Definitions;
using GovCms.Workflows.Engine;
using GovCms.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Workflows.Approval;

/// <summary>
/// Where a content type has an approval, nobody publishes its items except through the workflow: an approval
/// (in the request that approves, or later by the job of the time the approver chose), or an administrator's
/// publication with a written reason. Being a publishing handler, it stops every endpoint and every background
/// job alike: the system actor of a job is refused unless the job was queued by a run that approved this very
/// version. Code the host runs itself (the command line, the demo) is trusted, and so is content a recipe imports
/// as it was elsewhere, when the host runs the recipe or the caller of the provisioning API may publish without
/// approval (<see cref="WorkflowPermissions.ForcePublish"/>). A type whose settings say it never needs approval
/// (<c>ContentTypeSettings.MayNeedApproval = false</c>) is never held, even where a definition names it.
/// </summary>
internal sealed class ApprovalGuard(
    ICurrentTenant currentTenant,
    WorkflowDefinitionStore definitions,
    PublicationPermit permit,
    ContentImport import,
    ICurrentActor actor,
    GovCmsDbContext db) : IContentHandler
{
    public async Task PublishingAsync(CancellableContentContext context)
    {
        if (!context.Type.Settings.MayNeedApproval || !currentTenant.Required.HasFeature(WorkflowsModule.Id) || actor.Kind == ActorKind.Host || permit.Allows(context.Item.ContentItemId)
            || (import.Active && (import.Caller is null || import.Caller.Has(WorkflowPermissions.ForcePublish))))
        {
            return;
        }

        if (await definitions.ApprovalForAsync(context.Type.Name) is not { } approval)
        {
            return;
        }

        if (actor.Kind == ActorKind.System)
        {
            if (!await ApprovedByRunAsync(context.Item, actor.WorkflowInstanceId))
            {
                context.Cancel($"{context.Type.DisplayName} trên cổng này phải qua quy trình \"{approval.DisplayName}\" trước khi đăng, "
                    + $"và phiên bản {context.Item.Version} chưa được duyệt: không đăng theo lịch.");
            }

            return;
        }

        context.Cancel(import.Active
            ? $"{context.Type.DisplayName} trên cổng này phải qua quy trình \"{approval.DisplayName}\" trước khi đăng, và tài khoản của bạn "
                + "không có quyền đăng không qua duyệt. Hãy đặt \"publish\": false để tạo bản nháp, rồi gửi duyệt."
            : $"{context.Type.DisplayName} trên cổng này phải qua quy trình \"{approval.DisplayName}\" trước khi đăng: "
                + "hãy bấm \"Gửi duyệt\". Quản trị chỉ có thể đăng ngay khi ghi rõ lý do.");
    }

    /// <summary>The run that queued the job is about this item, was not stopped, and its last decision on this version approved it.</summary>
    private async Task<bool> ApprovedByRunAsync(ContentItem item, string? instanceId)
    {
        if (instanceId is null)
        {
            return false;
        }

        var run = await db.Set<WorkflowInstance>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == instanceId);
        if (run is null || run.RecordKind != WorkflowRecord.ContentKind || run.RecordId != item.ContentItemId
            || run.Status is WorkflowStatus.Cancelled or WorkflowStatus.Faulted)
        {
            return false;
        }

        var last = await db.Set<WorkflowTask>().AsNoTracking()
            .Where(t => t.InstanceId == instanceId && t.Kind == WorkflowTaskKind.Approval && t.Status == WorkflowTaskStatus.Done)
            .OrderByDescending(t => t.Id)
            .FirstOrDefaultAsync();
        return last is { Outcome: WorkflowOutcomes.Approved } && last.ContentVersion == item.Version;
    }
}
