using GovCms.Content.Parts;
using GovCms.Tenants;

namespace GovCms.Content.Indexing;

/// <summary>Only a site with sites below it shares downward; the levels are kept only while it shares.</summary>
internal sealed class SharingPartHandler(ICurrentTenant currentTenant, ITenantCatalog catalog) : ContentPartHandler<SharingPart>
{
    public override Task PrepareAsync(SharingPart part, ContentPartContext context)
    {
        if (!part.SharedDownward)
        {
            part.Levels = [];
        }
        else if (currentTenant.Tenant is { } site && catalog.Children(site.Id).Count == 0)
        {
            context.Fail(nameof(SharingPart.SharedDownward), $"{site.DisplayName} không có đơn vị cấp dưới nên không chia sẻ xuống được.");
        }

        return Task.CompletedTask;
    }
}
