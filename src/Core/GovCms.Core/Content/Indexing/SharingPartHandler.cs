using GovCms.Content.Parts;
using GovCms.Tenants;
using Microsoft.Extensions.Options;

namespace GovCms.Content.Indexing;

/// <summary>
/// Only a site of a level that may have sites below it shares downward (a district provisioned before its communes
/// may already share); the levels are kept only while it shares.
/// </summary>
internal sealed class SharingPartHandler(ICurrentTenant currentTenant, IOptions<TenancyOptions> tenancy) : ContentPartHandler<SharingPart>
{
    public override Task PrepareAsync(SharingPart part, ContentPartContext context)
    {
        if (!part.SharedDownward)
        {
            part.Levels = [];
        }
        else if (currentTenant.Tenant is { } site && !tenancy.Value.MayHaveChildren(site.Level))
        {
            context.Fail(nameof(SharingPart.SharedDownward), $"{site.DisplayName} là đơn vị cấp cuối, không có đơn vị cấp dưới để chia sẻ xuống.");
        }

        return Task.CompletedTask;
    }
}
