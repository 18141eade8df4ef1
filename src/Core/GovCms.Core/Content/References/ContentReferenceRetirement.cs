using GovCms.Tenants;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Content;

/// <summary>
/// A retired site's references become its successor's, like the content they come from. Media targets are paths below
/// the site's media folder, which the files keep in the successor's library, so only the owner changes.
/// </summary>
internal sealed class ContentReferenceRetirement(ITenantScopes scopes) : ITenantRetirementHandler
{
    public async Task RetireAsync(TenantContext retired, TenantContext successor, Action<string> report, CancellationToken cancellationToken)
    {
        foreach (var row in await scopes.Query<ContentReference>(SiteScope.Site(retired.Id)).ToListAsync(cancellationToken))
        {
            row.TenantId = successor.Id;
        }
    }
}
