using GovCms.Data;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Jobs;

/// <summary>
/// The runner's one read across sites: due jobs of every site at once. It goes through the tenant filter by hand
/// here and nowhere else in Core/Jobs; this is the seam to switch to the engine's way of reading across sites
/// (SiteScope / ITenantScopes in Abstractions/Tenants).
/// </summary>
internal static class JobsAcrossSites
{
    public static IQueryable<ScheduledJob> Of(GovCmsDbContext db) => db.Set<ScheduledJob>().IgnoreQueryFilters([GovCmsDbContext.TenantFilter]);
}
