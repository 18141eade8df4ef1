using GovCms.Audit;
using GovCms.Data;
using GovCms.Tenants;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Security;

public sealed record SignInOutcome(bool Succeeded, string? Error)
{
    public static readonly SignInOutcome Success = new(true, null);
}

/// <summary>
/// Signs a user in on the current tenant. A user may sign in on the tenant they belong to, or,
/// as an administrator of an ancestor tenant, on any tenant below it.
/// </summary>
public sealed class SignInService(
    SignInManager<GovCmsUser> signInManager,
    ICurrentTenant currentTenant,
    GovCmsDbContext db,
    IAuditLog audit)
{
    public const string WrongCredentials = "Tên đăng nhập hoặc mật khẩu không đúng.";

    /// <summary>Signs in, and logs the attempt on the site, successful or not.</summary>
    public async Task<SignInOutcome> SignInAsync(string userName, string password, bool remember)
    {
        var name = userName.Trim();
        var outcome = await AttemptAsync(name, password, remember);
        audit.Add(new AuditEvent(AuditCategories.User, outcome.Succeeded ? AuditActions.SignedIn : AuditActions.SignInFailed, name)
        {
            UserName = name,
            Details = outcome.Succeeded ? null : new { reason = outcome.Error },
        });
        await db.SaveChangesAsync();
        return outcome;
    }

    private async Task<SignInOutcome> AttemptAsync(string userName, string password, bool remember)
    {
        var tenant = currentTenant.Required;
        var user = await signInManager.UserManager.FindByNameAsync(userName);
        if (user is null || !tenant.IsSelfOrDescendantOf(user.TenantId) || !await MayActOnAsync(user, tenant))
        {
            return new SignInOutcome(false, WrongCredentials);
        }

        if (user.IsDisabled)
        {
            return new SignInOutcome(false, "Tài khoản đã bị vô hiệu hóa. Liên hệ quản trị để được hỗ trợ.");
        }

        var result = await signInManager.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            var minutes = (int)Math.Ceiling(signInManager.Options.Lockout.DefaultLockoutTimeSpan.TotalMinutes);
            return new SignInOutcome(false, $"Tài khoản tạm bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau {minutes} phút.");
        }

        if (!result.Succeeded)
        {
            return new SignInOutcome(false, WrongCredentials);
        }

        await signInManager.SignInAsync(user, isPersistent: remember);
        return SignInOutcome.Success;
    }

    public Task SignOutAsync() => signInManager.SignOutAsync();

    /// <summary>On a descendant tenant only administrators of the user's own tenant may act.</summary>
    private async Task<bool> MayActOnAsync(GovCmsUser user, TenantContext tenant)
    {
        if (user.TenantId == tenant.Id)
        {
            return true;
        }

        return await db.Set<UserRole>().IgnoreQueryFilters([GovCmsDbContext.TenantFilter])
            .Where(ur => ur.UserId == user.Id && ur.TenantId == user.TenantId)
            .Join(db.Set<TenantRole>().IgnoreQueryFilters([GovCmsDbContext.TenantFilter]), ur => ur.RoleId, r => r.Id, (ur, r) => r.Name)
            .AnyAsync(name => name == BuiltInRoles.Administrator);
    }
}
