using GovCms.Data;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Workflows.Dashboard;

/// <summary>
/// The dashboard's one read across sites (the counts of the sites below the current one). It goes through the
/// tenant filter by hand here and nowhere else in Workflows; this is the seam to switch to the engine's way of
/// reading across sites (SiteScope / ITenantScopes in Abstractions/Tenants), with the subtree of the current site.
/// </summary>
internal static class DashboardAcrossSites
{
    public static IQueryable<T> Of<T>(GovCmsDbContext db) where T : class => db.Set<T>().IgnoreQueryFilters([GovCmsDbContext.TenantFilter]).AsNoTracking();
}
