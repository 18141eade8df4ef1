using GovCms.Security;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace GovCms.Users.Admin;

/// <param name="RoleNames">Display name of each role, by role name.</param>
/// <param name="CurrentUserId">The signed-in user, who cannot disable their own account.</param>
public sealed record UserListModel(IReadOnlyList<UserSummary> Users, IReadOnlyDictionary<string, string> RoleNames, string? CurrentUserId);

public sealed class UserCreateModel
{
    public string? UserName { get; set; }
    public string? DisplayName { get; set; }
    public string? Email { get; set; }
    public string? Password { get; set; }
    public List<string> Roles { get; set; } = [];

    [BindNever]
    public IReadOnlyList<TenantRole> AvailableRoles { get; set; } = [];
}

/// <summary>The page of one user: name and e-mail, roles, a new password, the lockout. Each form posts its own fields.</summary>
public sealed class UserEditModel
{
    public string? DisplayName { get; set; }
    public string? Email { get; set; }
    public List<string> Roles { get; set; } = [];
    public string? Password { get; set; }

    [BindNever]
    public UserSummary? User { get; set; }

    [BindNever]
    public IReadOnlyList<TenantRole> AvailableRoles { get; set; } = [];
}

/// <summary>The permissions of one module, as a group of checkboxes on the roles page.</summary>
public sealed record PermissionGroup(string ModuleName, bool ModuleEnabled, IReadOnlyList<Permission> Permissions);

public sealed record RolesPageModel(IReadOnlyList<TenantRole> Roles, IReadOnlyList<PermissionGroup> Groups);

/// <summary>The role checkboxes of the user forms.</summary>
public sealed record RoleChoices(IReadOnlyList<TenantRole> Available, IReadOnlyCollection<string> Selected);
