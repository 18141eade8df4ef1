using System.Security.Claims;
using GovCms.Recipes;
using GovCms.Security;
using GovCms.Tenants;

namespace GovCms.Provisioning;

/// <summary>The signed-in user as the caller of a provisioning from the current site (see <see cref="ProvisioningCaller"/>).</summary>
public sealed class ProvisioningCallers(IPermissionService permissions, ITenantCatalog catalog)
{
    public async Task<ProvisioningCaller> OfAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var granted = await permissions.GetPermissionsAsync(user, cancellationToken);
        var roles = await permissions.GetRolesAsync(user, cancellationToken);
        var ownSite = user.UserTenantId() is int id ? catalog.Find(id) : null;
        return new ProvisioningCaller(user, granted, ownSite is { ParentId: null } && roles.Contains(BuiltInRoles.Administrator));
    }
}
