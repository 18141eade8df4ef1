using System.Security.Claims;
using GovCms.Security;
using GovCms.Tenants;

namespace GovCms.Modules;

/// <summary>
/// What the admin shows a user on the current tenant: the menu entries, dashboard widgets and header
/// links of the modules that are on there, limited to those whose permission the user holds.
/// </summary>
public sealed class AdminMenuService(
    ModuleCatalog modules,
    ICurrentTenant currentTenant,
    IPermissionService permissions,
    IEnumerable<IAdminHeaderLink> headerLinks)
{
    public async Task<IReadOnlyList<AdminMenuItem>> MenuAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var granted = await permissions.GetPermissionsAsync(user, cancellationToken);
        return EnabledModules()
            .SelectMany(m => m.AdminMenu)
            .Where(item => item.Permission is null || granted.Contains(item.Permission))
            .OrderBy(item => item.Order)
            .ToList();
    }

    public async Task<IReadOnlyList<DashboardWidget>> DashboardAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var granted = await permissions.GetPermissionsAsync(user, cancellationToken);
        return EnabledModules()
            .SelectMany(m => m.DashboardWidgets)
            .Where(widget => widget.Permission is null || granted.Contains(widget.Permission))
            .OrderBy(widget => widget.Order)
            .ToList();
    }

    /// <summary>The header links of the modules that are on, as far as they concern the user.</summary>
    public async Task<IReadOnlyList<AdminHeaderLink>> HeaderAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var tenant = currentTenant.Required;
        var links = new List<AdminHeaderLink>();
        foreach (var source in headerLinks.Where(l => tenant.HasFeature(l.Feature)))
        {
            if (await source.GetAsync(user, cancellationToken) is { } link)
            {
                links.Add(link);
            }
        }

        return links;
    }

    private IEnumerable<Module> EnabledModules()
    {
        var tenant = currentTenant.Required;
        return modules.Modules.Where(m => tenant.HasFeature(m.Manifest.Id));
    }
}
