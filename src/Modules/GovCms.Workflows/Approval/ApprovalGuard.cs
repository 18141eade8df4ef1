using GovCms.Content;
using GovCms.Tenants;
using GovCms.Workflows.Definitions;
using Microsoft.AspNetCore.Http;

namespace GovCms.Workflows.Approval;

/// <summary>
/// Where a content type has an approval, no request publishes its items except through the workflow: an
/// approval, a scheduled publication, or an administrator's publication with a written reason (all of
/// which hold a <see cref="PublicationPermit"/>). Being a publishing handler, it stops every endpoint
/// alike. Code running outside any request (the command line, the demo) is trusted, and so is content a recipe
/// imports as it was elsewhere, when the host runs the recipe or the caller of the provisioning API may publish
/// without approval (<see cref="WorkflowPermissions.ForcePublish"/>).
/// </summary>
internal sealed class ApprovalGuard(
    ICurrentTenant currentTenant,
    WorkflowDefinitionStore definitions,
    PublicationPermit permit,
    ContentImport import,
    IHttpContextAccessor http) : IContentHandler
{
    public async Task PublishingAsync(CancellableContentContext context)
    {
        if (!currentTenant.Required.HasFeature(WorkflowsModule.Id) || http.HttpContext is null || permit.Allows(context.Item.ContentItemId)
            || (import.Active && (import.Caller is null || import.Caller.Has(WorkflowPermissions.ForcePublish))))
        {
            return;
        }

        if (await definitions.ApprovalForAsync(context.Type.Name) is { } approval)
        {
            context.Cancel(import.Active
                ? $"{context.Type.DisplayName} trên cổng này phải qua quy trình \"{approval.DisplayName}\" trước khi đăng, và tài khoản của bạn "
                    + "không có quyền đăng không qua duyệt. Hãy đặt \"publish\": false để tạo bản nháp, rồi gửi duyệt."
                : $"{context.Type.DisplayName} trên cổng này phải qua quy trình \"{approval.DisplayName}\" trước khi đăng: "
                    + "hãy bấm \"Gửi duyệt\". Quản trị chỉ có thể đăng ngay khi ghi rõ lý do.");
        }
    }
}
