using GovCms.Audit;
using GovCms.Data;
using GovCms.Tenants;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Security;

public sealed record UserSummary(string Id, string UserName, string DisplayName, string? Email, bool IsDisabled, IReadOnlyList<string> Roles);

public sealed record OperationOutcome(bool Succeeded, IReadOnlyDictionary<string, string> Errors)
{
    public static readonly OperationOutcome Ok = new(true, new Dictionary<string, string>());

    public static OperationOutcome Fail(string field, string message) => new(false, new Dictionary<string, string> { [field] = message });
}

/// <summary>Users and roles of the current tenant.</summary>
public sealed class UserAdminService(
    GovCmsDbContext db,
    UserManager<GovCmsUser> users,
    ICurrentTenant currentTenant,
    PermissionVersion permissionVersion,
    IAuditLog audit,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var tenantId = currentTenant.Required.Id;
        var list = await db.Users.Where(u => u.TenantId == tenantId).OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        var roles = await db.Set<UserRole>().Join(db.Set<TenantRole>(), ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        return list.Select(u => new UserSummary(u.Id, u.UserName!, u.DisplayName, u.Email, u.IsDisabled,
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name).ToList())).ToList();
    }

    public async Task<GovCmsUser?> FindAsync(string userId, CancellationToken cancellationToken = default)
    {
        var tenantId = currentTenant.Required.Id;
        return await db.Users.SingleOrDefaultAsync(u => u.Id == userId && u.TenantId == tenantId, cancellationToken);
    }

    /// <summary>Creates a user of the current tenant with the given roles, all or nothing.</summary>
    public async Task<(GovCmsUser? User, OperationOutcome Outcome)> CreateAsync(
        string userName, string displayName, string? email, string password, IReadOnlyCollection<string> roleNames,
        CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(userName))
        {
            return (null, OperationOutcome.Fail("userName", "Vui lòng nhập tên đăng nhập."));
        }

        if (string.IsNullOrWhiteSpace(displayName))
        {
            return (null, OperationOutcome.Fail("displayName", "Vui lòng nhập họ và tên."));
        }

        var roles = await ResolveRolesAsync(roleNames, cancellationToken);
        if (roles.Missing.Count > 0)
        {
            return (null, OperationOutcome.Fail("roles", $"Vai trò không tồn tại: {string.Join(", ", roles.Missing)}."));
        }

        var user = new GovCmsUser
        {
            UserName = userName.Trim(),
            DisplayName = displayName.Trim().Normalize(),
            Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim(),
            TenantId = currentTenant.Required.Id,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            LockoutEnabled = true,
        };

        await using var transaction = await db.Database.BeginOrJoinTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return (null, ToOutcome(created));
        }

        db.Set<UserRole>().AddRange(roles.Found.Select(r => new UserRole { UserId = user.Id, RoleId = r.Id }));
        Audit(user, AuditActions.Created, new { roles = roles.Found.Select(r => r.Name).Order() });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        permissionVersion.Bump();
        return (user, OperationOutcome.Ok);
    }

    public async Task<OperationOutcome> SetRolesAsync(string userId, IReadOnlyCollection<string> roleNames, CancellationToken cancellationToken = default)
    {
        var user = await FindAsync(userId, cancellationToken);
        if (user is null)
        {
            return OperationOutcome.Fail("userId", "Không tìm thấy người dùng.");
        }

        var roles = await ResolveRolesAsync(roleNames, cancellationToken);
        if (roles.Missing.Count > 0)
        {
            return OperationOutcome.Fail("roles", $"Vai trò không tồn tại: {string.Join(", ", roles.Missing)}.");
        }

        var before = await db.Set<UserRole>().Where(ur => ur.UserId == userId)
            .Join(db.Set<TenantRole>(), ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).ToListAsync(cancellationToken);
        db.Set<UserRole>().RemoveRange(await db.Set<UserRole>().Where(ur => ur.UserId == userId).ToListAsync(cancellationToken));
        db.Set<UserRole>().AddRange(roles.Found.Select(r => new UserRole { UserId = userId, RoleId = r.Id }));
        Audit(user, AuditActions.RolesChanged, new { before = before.Order(), after = roles.Found.Select(r => r.Name).Order() });
        // Permissions are read per request, not carried in the cookie: the user stays signed in.
        await db.SaveChangesAsync(cancellationToken);
        permissionVersion.Bump();
        return OperationOutcome.Ok;
    }

    public async Task<OperationOutcome> SetDisabledAsync(string userId, bool disabled, CancellationToken cancellationToken = default)
    {
        var user = await FindAsync(userId, cancellationToken);
        if (user is null)
        {
            return OperationOutcome.Fail("userId", "Không tìm thấy người dùng.");
        }

        user.IsDisabled = disabled;
        // Saved with the user by the update below.
        Audit(user, disabled ? AuditActions.Disabled : AuditActions.Enabled, null);
        var result = await users.UpdateAsync(user);
        if (result.Succeeded)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        return result.Succeeded ? OperationOutcome.Ok : ToOutcome(result);
    }

    public async Task<IReadOnlyList<TenantRole>> ListRolesAsync(CancellationToken cancellationToken = default) =>
        await db.Set<TenantRole>().AsNoTracking().Include(r => r.Permissions).OrderBy(r => r.Id).ToListAsync(cancellationToken);

    /// <summary>Adds a role to the current tenant, without permissions (see <see cref="SetRolePermissionsAsync"/>).</summary>
    public async Task<OperationOutcome> CreateRoleAsync(string name, string displayName, CancellationToken cancellationToken = default)
    {
        name = name.Trim();
        if (name.Length == 0)
        {
            return OperationOutcome.Fail("name", "Vui lòng nhập tên vai trò.");
        }

        if (await db.Set<TenantRole>().AnyAsync(r => r.Name == name, cancellationToken))
        {
            return OperationOutcome.Fail("name", $"Vai trò '{name}' đã tồn tại.");
        }

        db.Set<TenantRole>().Add(new TenantRole { Name = name, DisplayName = string.IsNullOrWhiteSpace(displayName) ? name : displayName.Trim().Normalize() });
        await db.SaveChangesAsync(cancellationToken);
        permissionVersion.Bump();
        return OperationOutcome.Ok;
    }

    public async Task<OperationOutcome> SetRolePermissionsAsync(string roleName, IReadOnlyCollection<string> permissions, IReadOnlySet<string> known, CancellationToken cancellationToken = default)
    {
        var role = await db.Set<TenantRole>().Include(r => r.Permissions).SingleOrDefaultAsync(r => r.Name == roleName, cancellationToken);
        if (role is null)
        {
            return OperationOutcome.Fail("role", $"Không tìm thấy vai trò '{roleName}'.");
        }

        var unknown = permissions.Where(p => !known.Contains(p)).ToList();
        if (unknown.Count > 0)
        {
            return OperationOutcome.Fail("permissions", $"Quyền không tồn tại: {string.Join(", ", unknown)}.");
        }

        audit.Add(new AuditEvent(AuditCategories.User, AuditActions.RolePermissionsChanged, role.Name, role.DisplayName)
        {
            Details = new { before = role.Permissions.Select(p => p.Permission).Order(), after = permissions.Distinct().Order() },
        });
        role.Permissions.RemoveAll(p => !permissions.Contains(p.Permission));
        role.Permissions.AddRange(permissions.Distinct().Where(p => role.Permissions.All(existing => existing.Permission != p))
            .Select(p => new RolePermission { RoleId = role.Id, Permission = p }));
        await db.SaveChangesAsync(cancellationToken);
        permissionVersion.Bump();
        return OperationOutcome.Ok;
    }

    private async Task<(List<TenantRole> Found, List<string> Missing)> ResolveRolesAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        var found = await db.Set<TenantRole>().Where(r => names.Contains(r.Name)).ToListAsync(cancellationToken);
        return (found, names.Where(n => found.All(r => r.Name != n)).ToList());
    }

    private void Audit(GovCmsUser user, string action, object? details) =>
        audit.Add(new AuditEvent(AuditCategories.User, action, user.UserName, user.DisplayName) { Details = details });

    private static OperationOutcome ToOutcome(IdentityResult result) =>
        new(false, result.Errors.GroupBy(e => e.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "userName")
            .ToDictionary(g => g.Key, g => string.Join(" ", g.Select(e => e.Description))));
}
