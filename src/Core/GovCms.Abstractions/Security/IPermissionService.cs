using System.Security.Claims;

namespace GovCms.Security;

public interface IPermissionService
{
    /// <summary>Whether the signed-in user holds the permission on the current tenant.</summary>
    Task<bool> HasPermissionAsync(ClaimsPrincipal user, string permission, CancellationToken cancellationToken = default);

    /// <summary>Every permission the user holds on the current tenant.</summary>
    Task<IReadOnlySet<string>> GetPermissionsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default);

    /// <summary>
    /// The names of the user's roles on the current tenant; an administrator of an ancestor tenant is
    /// an Administrator here and holds no other role.
    /// </summary>
    Task<IReadOnlySet<string>> GetRolesAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default);

    /// <summary>
    /// Whether the user only supervises the current tenant (Giám sát, held here or on an ancestor): they hold
    /// every permission to read, and every change is refused (403) before it reaches a module.
    /// </summary>
    Task<bool> IsReadOnlyAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) => Task.FromResult(false);
}
