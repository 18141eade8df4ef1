using System.Security.Claims;

namespace GovCms.Recipes;

/// <summary>
/// Who runs a provisioning through the admin (the API or the admin page): the signed-in user, with the permissions
/// they hold on the site they call from. Recipe steps need the same permissions there as the equivalent API would.
/// No caller (null) is the host itself: the command line and the demo, which may do everything.
/// </summary>
/// <param name="IsHostAdministrator">An administrator of a site with no site above it, who may give sites any host name.</param>
public sealed record ProvisioningCaller(ClaimsPrincipal User, IReadOnlySet<string> Permissions, bool IsHostAdministrator)
{
    public bool Has(string permission) => Permissions.Contains(permission);
}
