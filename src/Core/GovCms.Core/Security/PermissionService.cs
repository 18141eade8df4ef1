using System.Security.Claims;
using GovCms.Modules;
using GovCms.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace GovCms.Security;

/// <summary>
/// Effective permissions of a user on the current tenant: the permissions of the user's roles when
/// the user belongs to the tenant; every permission when the user administers the tenant or one of
/// its ancestors; every permission read-only when the user supervises it (Giám sát on the tenant or an
/// ancestor, and no other grant there); nothing otherwise. Cached briefly per user and tenant, and dropped
/// on any role change.
/// </summary>
internal sealed class PermissionService(
    ITenantScopes scopes,
    ICurrentTenant currentTenant,
    ModuleCatalog modules,
    IMemoryCache cache,
    PermissionVersion version) : IPermissionService
{
    private static readonly IReadOnlySet<string> None = new HashSet<string>();

    private static readonly Grants NoGrants = new(None, None, ReadOnly: false);

    public async Task<bool> HasPermissionAsync(ClaimsPrincipal user, string permission, CancellationToken cancellationToken = default) =>
        (await GetPermissionsAsync(user, cancellationToken)).Contains(permission);

    public async Task<IReadOnlySet<string>> GetPermissionsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        (await GetGrantsAsync(user, cancellationToken)).Permissions;

    public async Task<IReadOnlySet<string>> GetRolesAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        (await GetGrantsAsync(user, cancellationToken)).Roles;

    public async Task<bool> IsReadOnlyAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        (await GetGrantsAsync(user, cancellationToken)).ReadOnly;

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
        var roles = await UserRoles.Of(scopes, userId, userTenantId)
            .Select(r => new { r.Name, Permissions = r.Permissions.Select(p => p.Permission).ToList() })
            .ToListAsync(cancellationToken);

        var isAdministrator = roles.Any(r => r.Name == BuiltInRoles.Administrator);
        var isSupervisor = roles.Any(r => r.Name == BuiltInRoles.Supervisor);
        if (userTenantId != tenantId)
        {
            return isAdministrator ? new Grants(AllPermissions(), new HashSet<string> { BuiltInRoles.Administrator }, ReadOnly: false)
                : isSupervisor ? Supervising()
                : NoGrants;
        }

        if (isSupervisor && !isAdministrator && roles.All(r => r.Name == BuiltInRoles.Supervisor || r.Permissions.Count == 0))
        {
            return Supervising();
        }

        var permissions = isAdministrator ? AllPermissions() : roles.SelectMany(r => r.Permissions).ToHashSet();
        return new Grants(permissions, roles.Select(r => r.Name).ToHashSet(), ReadOnly: false);
    }

    private Grants Supervising() => new(AllPermissions(), new HashSet<string> { BuiltInRoles.Supervisor }, ReadOnly: true);

    private HashSet<string> AllPermissions() => modules.Permissions.Select(p => p.Name).ToHashSet();

    private sealed record Grants(IReadOnlySet<string> Permissions, IReadOnlySet<string> Roles, bool ReadOnly);
}

/// <summary>Bumped on every change of roles, grants or memberships, so cached permissions are never stale.</summary>
public sealed class PermissionVersion
{
    private long _current;

    public long Current => Interlocked.Read(ref _current);

    public void Bump() => Interlocked.Increment(ref _current);
}
