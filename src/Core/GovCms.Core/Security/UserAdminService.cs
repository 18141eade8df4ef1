using GovCms.Audit;
using GovCms.Data;
using GovCms.Tenants;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Security;

/// <param name="LockedUntilUtc">Set while the account is locked after too many wrong passwords.</param>
public sealed record UserSummary(string Id, string UserName, string DisplayName, string? Email, bool IsDisabled, IReadOnlyList<string> Roles,
    DateTime? LockedUntilUtc = null);

/// <summary>Field checks of the account services.</summary>
public static class FieldChecks
{
    /// <summary>Invalid with every message given (null messages are left out), or null when there is none.</summary>
    public static Outcome? InvalidIfAny(params (string Field, string? Message)[] checks)
    {
        var errors = checks.Where(c => c.Message is not null).GroupBy(c => c.Field).ToDictionary(g => g.Key, g => g.First().Message!);
        return errors.Count == 0 ? null : Outcome.Invalid(errors);
    }
}

/// <summary>Users and roles of the current tenant.</summary>
public sealed class UserAdminService(
    GovCmsDbContext db,
    UserManager<GovCmsUser> users,
    ICurrentTenant currentTenant,
    PermissionVersion permissionVersion,
    IAuditLog audit,
    UserSessions sessions,
    TimeProvider clock)
{
    public const string NotFound = "Không tìm thấy người dùng.";

    public async Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var tenantId = currentTenant.Required.Id;
        var list = await db.Users.Where(u => u.TenantId == tenantId).OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        var roles = await db.Set<UserRole>().Join(db.Set<TenantRole>(), ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return list.Select(u => new UserSummary(u.Id, u.UserName!, u.DisplayName, u.Email, u.IsDisabled,
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name).ToList(),
            u.LockoutEnd is { } end && end > now ? end.UtcDateTime : null)).ToList();
    }

    public async Task<GovCmsUser?> FindAsync(string userId, CancellationToken cancellationToken = default)
    {
        var tenantId = currentTenant.Required.Id;
        return await db.Users.SingleOrDefaultAsync(u => u.Id == userId && u.TenantId == tenantId, cancellationToken);
    }

    /// <summary>Creates a user of the current tenant with the given roles, all or nothing.</summary>
    public async Task<Outcome<GovCmsUser>> CreateAsync(
        string userName, string displayName, string? email, string password, IReadOnlyCollection<string> roleNames,
        CancellationToken cancellationToken = default)
    {
        userName = userName.Trim();
        email = AccountRules.NormalizeEmail(email);
        if (FieldChecks.InvalidIfAny(
                ("userName", AccountRules.UserNameError(userName)),
                ("displayName", AccountRules.DisplayNameError(displayName)),
                ("email", AccountRules.EmailError(email)),
                ("password", AccountRules.PasswordLengthError(password))) is { } invalid)
        {
            return invalid.As<GovCmsUser>();
        }

        var roles = await ResolveRolesAsync(roleNames, cancellationToken);
        if (roles.Missing.Count > 0)
        {
            return Outcome<GovCmsUser>.Invalid("roles", $"Vai trò không tồn tại: {string.Join(", ", roles.Missing)}.");
        }

        var user = new GovCmsUser
        {
            UserName = userName,
            DisplayName = displayName.Trim().Normalize(),
            Email = email,
            TenantId = currentTenant.Required.Id,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            LockoutEnabled = true,
        };

        await using var transaction = await db.Database.BeginOrJoinTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return ToOutcome(created).As<GovCmsUser>();
        }

        db.Set<UserRole>().AddRange(roles.Found.Select(r => new UserRole { UserId = user.Id, RoleId = r.Id }));
        Audit(user, AuditActions.Created, new { roles = roles.Found.Select(r => r.Name).Order() });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        permissionVersion.Bump();
        return Outcome<GovCmsUser>.Ok(user);
    }

    public async Task<Outcome> SetRolesAsync(string userId, IReadOnlyCollection<string> roleNames, CancellationToken cancellationToken = default)
    {
        var user = await FindAsync(userId, cancellationToken);
        if (user is null)
        {
            return Outcome.NotFound(NotFound);
        }

        var roles = await ResolveRolesAsync(roleNames, cancellationToken);
        if (roles.Missing.Count > 0)
        {
            return Outcome.Invalid("roles", $"Vai trò không tồn tại: {string.Join(", ", roles.Missing)}.");
        }

        var before = await db.Set<UserRole>().Where(ur => ur.UserId == userId)
            .Join(db.Set<TenantRole>(), ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).ToListAsync(cancellationToken);
        db.Set<UserRole>().RemoveRange(await db.Set<UserRole>().Where(ur => ur.UserId == userId).ToListAsync(cancellationToken));
        db.Set<UserRole>().AddRange(roles.Found.Select(r => new UserRole { UserId = userId, RoleId = r.Id }));
        Audit(user, AuditActions.RolesChanged, new { before = before.Order(), after = roles.Found.Select(r => r.Name).Order() });
        await db.SaveChangesAsync(cancellationToken);
        permissionVersion.Bump();
        // The user signs in again with the new roles wherever they were signed in.
        await sessions.EndOtherSessionsAsync(user);
        return Outcome.Ok();
    }

    /// <summary>Changes the display name and e-mail address of a user of the current tenant.</summary>
    public async Task<Outcome> UpdateProfileAsync(string userId, string? displayName, string? email, CancellationToken cancellationToken = default)
    {
        var user = await FindAsync(userId, cancellationToken);
        return user is null ? Outcome.NotFound(NotFound) : await ApplyProfileAsync(user, displayName, email);
    }

    /// <summary>Changes the display name and e-mail address of any account (the caller checked who may).</summary>
    internal async Task<Outcome> ApplyProfileAsync(GovCmsUser user, string? displayName, string? email)
    {
        email = AccountRules.NormalizeEmail(email);
        if (FieldChecks.InvalidIfAny(("displayName", AccountRules.DisplayNameError(displayName)), ("email", AccountRules.EmailError(email))) is { } invalid)
        {
            return invalid;
        }

        var before = new { displayName = user.DisplayName, email = user.Email };
        user.DisplayName = displayName!.Trim().Normalize();
        user.Email = email;
        Audit(user, AuditActions.Edited, new { before, after = new { displayName = user.DisplayName, email = user.Email } });
        var result = await users.UpdateAsync(user);
        return result.Succeeded ? Outcome.Ok() : ToOutcome(result);
    }

    /// <summary>An administrator sets a new password for a user of the current tenant (and lifts a lockout).</summary>
    public async Task<Outcome> ResetPasswordAsync(string userId, string? password, CancellationToken cancellationToken = default)
    {
        var user = await FindAsync(userId, cancellationToken);
        if (user is null)
        {
            return Outcome.NotFound(NotFound);
        }

        if (FieldChecks.InvalidIfAny(("password", string.IsNullOrEmpty(password) ? "Vui lòng nhập mật khẩu mới." : AccountRules.PasswordLengthError(password))) is { } invalid)
        {
            return invalid;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        return await ResetPasswordWithTokenAsync(user, token, password!, "password");
    }

    /// <summary>
    /// Sets the password with a reset token (an administrator's, or the one of a "Quên mật khẩu" mail); a new
    /// password also lifts a lockout, and every session of the user ends except the current request's own.
    /// </summary>
    internal async Task<Outcome> ResetPasswordWithTokenAsync(GovCmsUser user, string token, string password, string passwordField)
    {
        var result = await users.ResetPasswordAsync(user, token, password);
        if (!result.Succeeded)
        {
            return ToOutcome(result, passwordField);
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        Audit(user, AuditActions.PasswordReset, null);
        await db.SaveChangesAsync();
        await sessions.KeepCurrentSessionAsync(user);
        return Outcome.Ok();
    }

    /// <summary>Lifts the lockout of a user of the current tenant after too many wrong passwords.</summary>
    public async Task<Outcome> UnlockAsync(string userId, CancellationToken cancellationToken = default)
    {
        var user = await FindAsync(userId, cancellationToken);
        if (user is null)
        {
            return Outcome.NotFound(NotFound);
        }

        Audit(user, AuditActions.Unlocked, new { lockedUntil = user.LockoutEnd?.UtcDateTime });
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return Outcome.Ok();
    }

    public async Task<Outcome> SetDisabledAsync(string userId, bool disabled, CancellationToken cancellationToken = default)
    {
        var user = await FindAsync(userId, cancellationToken);
        if (user is null)
        {
            return Outcome.NotFound(NotFound);
        }

        user.IsDisabled = disabled;
        // Saved with the user by the update below.
        Audit(user, disabled ? AuditActions.Disabled : AuditActions.Enabled, null);
        var result = await users.UpdateAsync(user);
        if (result.Succeeded)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        return result.Succeeded ? Outcome.Ok() : ToOutcome(result);
    }

    public async Task<IReadOnlyList<TenantRole>> ListRolesAsync(CancellationToken cancellationToken = default) =>
        await db.Set<TenantRole>().AsNoTracking().Include(r => r.Permissions).OrderBy(r => r.Id).ToListAsync(cancellationToken);

    /// <summary>Adds a role to the current tenant, without permissions (see <see cref="SetRolePermissionsAsync"/>).</summary>
    public async Task<Outcome> CreateRoleAsync(string name, string displayName, CancellationToken cancellationToken = default)
    {
        name = name.Trim();
        if (name.Length == 0)
        {
            return Outcome.Invalid("name", "Vui lòng nhập tên vai trò.");
        }

        if (await db.Set<TenantRole>().AnyAsync(r => r.Name == name, cancellationToken))
        {
            return Outcome.Invalid("name", $"Vai trò '{name}' đã tồn tại.");
        }

        db.Set<TenantRole>().Add(new TenantRole { Name = name, DisplayName = string.IsNullOrWhiteSpace(displayName) ? name : displayName.Trim().Normalize() });
        await db.SaveChangesAsync(cancellationToken);
        permissionVersion.Bump();
        return Outcome.Ok();
    }

    public async Task<Outcome> SetRolePermissionsAsync(string roleName, IReadOnlyCollection<string> permissions, IReadOnlySet<string> known, CancellationToken cancellationToken = default)
    {
        var role = await db.Set<TenantRole>().Include(r => r.Permissions).SingleOrDefaultAsync(r => r.Name == roleName, cancellationToken);
        if (role is null)
        {
            return Outcome.Invalid("role", $"Không tìm thấy vai trò '{roleName}'.");
        }

        var unknown = permissions.Where(p => !known.Contains(p)).ToList();
        if (unknown.Count > 0)
        {
            return Outcome.Invalid("permissions", $"Quyền không tồn tại: {string.Join(", ", unknown)}.");
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
        return Outcome.Ok();
    }

    private async Task<(List<TenantRole> Found, List<string> Missing)> ResolveRolesAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        var found = await db.Set<TenantRole>().Where(r => names.Contains(r.Name)).ToListAsync(cancellationToken);
        return (found, names.Where(n => found.All(r => r.Name != n)).ToList());
    }

    private void Audit(GovCmsUser user, string action, object? details) =>
        audit.Add(new AuditEvent(AuditCategories.User, action, user.UserName, user.DisplayName) { Details = details });

    /// <summary>Identity's errors by field: a wrong current password, the new password's rules, the reset link, the rest (user name, e-mail).</summary>
    internal static Outcome ToOutcome(IdentityResult result, string passwordField = "password") =>
        Outcome.Invalid(result.Errors.GroupBy(e => e.Code switch
            {
                nameof(IdentityErrorDescriber.PasswordMismatch) => "currentPassword",
                nameof(IdentityErrorDescriber.InvalidToken) => "token",
                nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.DuplicateEmail) => "email",
                _ when e.Code.StartsWith("Password", StringComparison.Ordinal) => passwordField,
                _ => "userName",
            })
            .ToDictionary(g => g.Key, g => string.Join(" ", g.Select(e => e.Description))));
}
