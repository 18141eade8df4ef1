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

    public async Task<bool> HasPermissionAsync(ClaimsPrincipal user, string permission, CancellationToken cancellationToken = default) =>
        (await GetPermissionsAsync(user, cancellationToken)).Contains(permission);

    public async Task<IReadOnlySet<string>> GetPermissionsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var tenant = currentTenant.Tenant;
        var userId = user.UserId();
        var userTenantId = user.UserTenantId();
        if (tenant is null || userId is null || userTenantId is not int ownTenant || !tenant.IsSelfOrDescendantOf(ownTenant))
        {
            return None;
        }

        var key = (userId, tenant.Id, version.Current);
        if (cache.TryGetValue(key, out IReadOnlySet<string>? cached) && cached is not null)
        {
            return cached;
        }

        var granted = await LoadAsync(userId, ownTenant, tenant.Id, cancellationToken);
        cache.Set(key, granted, TimeSpan.FromMinutes(5));
        return granted;
    }

    private async Task<IReadOnlySet<string>> LoadAsync(string userId, int userTenantId, int tenantId, CancellationToken cancellationToken)
    {
        var roles = await db.Set<UserRole>().IgnoreQueryFilters([GovCmsDbContext.TenantFilter])
            .Where(ur => ur.UserId == userId && ur.TenantId == userTenantId)
            .Join(db.Set<TenantRole>().IgnoreQueryFilters([GovCmsDbContext.TenantFilter]), ur => ur.RoleId, r => r.Id, (ur, r) => r)
            .Select(r => new { r.Name, Permissions = r.Permissions.Select(p => p.Permission).ToList() })
            .ToListAsync(cancellationToken);

        if (roles.Any(r => r.Name == BuiltInRoles.Administrator))
        {
            return modules.Permissions.Select(p => p.Name).ToHashSet();
        }

        return userTenantId == tenantId ? roles.SelectMany(r => r.Permissions).ToHashSet() : None;
    }
}

/// <summary>Bumped on every change of roles, grants or memberships, so cached permissions are never stale.</summary>
public sealed class PermissionVersion
{
    private long _current;

    public long Current => Interlocked.Read(ref _current);

    public void Bump() => Interlocked.Increment(ref _current);
}
