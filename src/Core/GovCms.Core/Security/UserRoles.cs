using GovCms.Tenants;

namespace GovCms.Security;

/// <summary>The roles a user holds: always roles of the user's own site, whichever site the request is on.</summary>
internal static class UserRoles
{
    public static IQueryable<TenantRole> Of(ITenantScopes scopes, string userId, int userTenantId)
    {
        var site = SiteScope.Site(userTenantId);
        return scopes.Query<UserRole>(site)
            .Where(ur => ur.UserId == userId)
            .Join(scopes.Query<TenantRole>(site), ur => ur.RoleId, r => r.Id, (ur, r) => r);
    }
}
