using System.Security.Claims;
using GovCms.Data;
using GovCms.Modules;
using GovCms.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace GovCms.Security;

/// <summary>
/// Effective permissions of a user on the current tenant: the permissions of the user's roles when
/// the user belongs to the tenant; every permission when the user administers the tenant or one of
/// its ancestors; nothing otherwise. Cached briefly per user and tenant, and dropped on any role change.
/// </summary>
internal sealed class PermissionService(
    GovCmsDbContext db,
    ICurrentTenant currentTenant,
    ModuleCatalog modules,
    IMemoryCache cache,
    PermissionVersion version) : IPermissionService
{
    private static readonly IReadOnlySet<string> None = new HashSet<string>();

    private static readonly Grants NoGrants = new(None, None);

    public async Task<bool> HasPermissionAsync(ClaimsPrincipal user, string permission, CancellationToken cancellationToken = default) =>
        (await GetPermissionsAsync(user, cancellationToken)).Contains(permission);

    public async Task<IReadOnlySet<string>> GetPermissionsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        (await GetGrantsAsync(user, cancellationToken)).Permissions;

    public async Task<IReadOnlySet<string>> GetRolesAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        (await GetGrantsAsync(user, cancellationToken)).Roles;

    private async Task<Grants> GetGrantsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var tenant = currentTenant.Tenant;
        var userId = user.UserId();
        var userTenantId = user.UserTenantId();
        if (tenant is null || userId is null || userTenantId is not int ownTenant || !tenant.IsSelfOrDescendantOf(ownTenant))
        {
            return NoGrants;
        }

        var key = (userId, tenant.Id, version.Current);
        if (cache.TryGetValue(key, out Grants? cached) && cached is not null)
        {
            return cached;
        }

        var granted = await LoadAsync(userId, ownTenant, tenant.Id, cancellationToken);
        cache.Set(key, granted, TimeSpan.FromMinutes(5));
        return granted;
    }

    private async Task<Grants> LoadAsync(string userId, int userTenantId, int tenantId, CancellationToken cancellationToken)
    {
        var roles = await db.Set<UserRole>().IgnoreQueryFilters([GovCmsDbContext.TenantFilter])
            .Where(ur => ur.UserId == userId && ur.TenantId == userTenantId)
            .Join(db.Set<TenantRole>().IgnoreQueryFilters([GovCmsDbContext.TenantFilter]), ur => ur.RoleId, r => r.Id, (ur, r) => r)
            .Select(r => new { r.Name, Permissions = r.Permissions.Select(p => p.Permission).ToList() })
            .ToListAsync(cancellationToken);

        var isAdministrator = roles.Any(r => r.Name == BuiltInRoles.Administrator);
        if (userTenantId != tenantId)
        {
            return isAdministrator ? new Grants(AllPermissions(), new HashSet<string> { BuiltInRoles.Administrator }) : NoGrants;
        }

        var permissions = isAdministrator ? AllPermissions() : roles.SelectMany(r => r.Permissions).ToHashSet();
        return new Grants(permissions, roles.Select(r => r.Name).ToHashSet());
    }

    private HashSet<string> AllPermissions() => modules.Permissions.Select(p => p.Name).ToHashSet();

    private sealed record Grants(IReadOnlySet<string> Permissions, IReadOnlySet<string> Roles);
}

/// <summary>Bumped on every change of roles, grants or memberships, so cached permissions are never stale.</summary>
public sealed class PermissionVersion
{
    private long _current;

    public long Current => Interlocked.Read(ref _current);

    public void Bump() => Interlocked.Increment(ref _current);
}
