using System.Security.Claims;

namespace GovCms.Security;

public static class GovCmsClaims
{
    /// <summary>The tenant the user belongs to.</summary>
    public const string UserTenant = "govcms:user_tenant";

    /// <summary>The tenant the cookie was issued for; a cookie is good only there.</summary>
    public const string SignedInTenant = "govcms:signed_in_tenant";

    public static string? UserId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    public static int? UserTenantId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(UserTenant), out var id) ? id : null;

    public static int? SignedInTenantId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(SignedInTenant), out var id) ? id : null;
}
