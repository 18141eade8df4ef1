using GovCms.Content;
using GovCms.Tenants;
using GovCms.Workflows.Definitions;
using Microsoft.AspNetCore.Http;

namespace GovCms.Workflows.Approval;

/// <summary>
/// Where a content type has an approval, no request publishes its items except through the workflow: an
/// approval, a scheduled publication, or an administrator's publication with a written reason (all of
/// which hold a <see cref="PublicationPermit"/>). Being a publishing handler, it stops every endpoint
/// alike. Content imported as it was elsewhere (a recipe, also through the provisioning API) and code
/// running outside any request (the command line, the demo) are trusted.
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
        if (!currentTenant.Required.HasFeature(WorkflowsModule.Id) || http.HttpContext is null || import.Active || permit.Allows(context.Item.ContentItemId))
        {
            return;
        }

        if (await definitions.ApprovalForAsync(context.Type.Name) is { } approval)
        {
            context.Cancel($"{context.Type.DisplayName} trên cổng này phải qua quy trình \"{approval.DisplayName}\" trước khi đăng: "
                + "hãy bấm \"Gửi duyệt\". Quản trị chỉ có thể đăng ngay khi ghi rõ lý do.");
        }
    }
}
