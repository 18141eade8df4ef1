using GovCms.Audit;
using GovCms.Data;
using GovCms.Tenants;
using GovCms.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GovCms.Security;

/// <param name="RetryAfter">Set when the attempt was refused by the rate limit: how long to wait.</param>
public sealed record SignInOutcome(bool Succeeded, string? Error, TimeSpan? RetryAfter = null)
{
    public static readonly SignInOutcome Success = new(true, null);
}

/// <summary>
/// Signs a user in on the current tenant. A user may sign in on the tenant they belong to, or,
/// as an administrator of an ancestor tenant, on any tenant below it.
/// </summary>
/// <remarks>
/// An unknown name, a wrong password and a locked account get the same answer, after the same work (a
/// password hash is checked in every case), so nobody learns which names exist by trying. Only someone who
/// knows the password learns that the account is disabled.
/// </remarks>
public sealed class SignInService(
    SignInManager<GovCmsUser> signInManager,
    ICurrentTenant currentTenant,
    GovCmsDbContext db,
    ITenantScopes scopes,
    IAuditLog audit,
    SignInThrottle throttle,
    IPasswordHasher<GovCmsUser> hasher,
    IHttpContextAccessor accessor,
    UserSessions sessions,
    IOptions<SecurityOptions> options,
    TimeProvider clock)
{
    public const string WrongCredentials = "Tên đăng nhập hoặc mật khẩu không đúng";

    public const string Disabled = "Tài khoản đã bị vô hiệu hóa. Liên hệ quản trị để được hỗ trợ.";

    /// <summary>The hash a name that is not an account is checked against, so it costs as much as a real one.</summary>
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<GovCmsUser>().HashPassword(new GovCmsUser(), Guid.NewGuid().ToString()));

    /// <summary>The one answer to a name that is not an account here, a wrong password or a locked account.</summary>
    public string FailedMessage =>
        $"{WrongCredentials}, hoặc tài khoản đang tạm khóa: sau {options.Value.LockoutAttempts} lần nhập sai liên tiếp, tài khoản bị khóa " +
        $"{Math.Ceiling(options.Value.LockoutDuration.TotalMinutes)} phút (quản trị của cổng có thể mở khóa sớm hơn).";

    /// <summary>Signs in, and logs the attempt on the site, successful or not (attempts refused by the rate limit are not logged).</summary>
    public async Task<SignInOutcome> SignInAsync(string userName, string password, bool remember)
    {
        var name = userName.Trim();
        if (TryAcquire(name) is { } refused)
        {
            return refused;
        }

        var (outcome, reason) = await AttemptAsync(name, password, remember);
        audit.Add(new AuditEvent(AuditCategories.User, outcome.Succeeded ? AuditActions.SignedIn : AuditActions.SignInFailed, name)
        {
            UserName = name,
            Details = outcome.Succeeded ? null : new { reason },
        });
        await db.SaveChangesAsync();
        return outcome;
    }

    /// <summary>
    /// Counts one attempt on the name from this client (sign-in or a password-reset request) against the rate
    /// limits; returns the refusal when a limit is reached, null otherwise.
    /// </summary>
    public SignInOutcome? TryAcquire(string userName)
    {
        var wait = throttle.TryAcquire(accessor.HttpContext?.Connection.RemoteIpAddress?.ToString(), currentTenant.Required.Id, userName);
        return wait is { } retryAfter ? new SignInOutcome(false, TooManyAttempts(retryAfter), retryAfter) : null;
    }

    /// <summary>The account of this name that may sign in on the current tenant, or null (after as much work either way).</summary>
    public async Task<GovCmsUser?> FindAccountAsync(string userName)
    {
        var user = userName.Length <= 256 ? await signInManager.UserManager.FindByNameAsync(userName) : null;
        var tenant = currentTenant.Required;
        return user is not null && tenant.IsSelfOrDescendantOf(user.TenantId) && await MayActOnAsync(user, tenant) ? user : null;
    }

    /// <summary>Signs the user out here, and ends every other session of theirs on the server too.</summary>
    public async Task SignOutAsync()
    {
        if (accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user)
        {
            audit.Add(new AuditEvent(AuditCategories.User, AuditActions.SignedOut, user.Identity.Name));
        }

        await sessions.SignOutEverywhereAsync();
        await db.SaveChangesAsync();
    }

    private async Task<(SignInOutcome Outcome, string? Reason)> AttemptAsync(string userName, string password, bool remember)
    {
        var failed = new SignInOutcome(false, FailedMessage);
        var users = signInManager.UserManager;
        var user = password.Length <= AccountRules.PasswordMaxLength ? await FindAccountAsync(userName) : null;
        if (user is null)
        {
            CheckDummy(password);
            return (failed, "Không có tài khoản này trên cổng.");
        }

        if (await users.IsLockedOutAsync(user))
        {
            CheckDummy(password);
            return (failed, $"Tài khoản đang tạm khóa đến {LockedUntil(user)}.");
        }

        var result = await signInManager.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            return (failed, result.IsLockedOut ? $"Mật khẩu không đúng; tài khoản bị tạm khóa đến {LockedUntil(user)}." : "Mật khẩu không đúng.");
        }

        if (user.IsDisabled)
        {
            return (new SignInOutcome(false, Disabled), "Tài khoản đã bị vô hiệu hóa.");
        }

        await signInManager.SignInAsync(user, isPersistent: remember);
        return (SignInOutcome.Success, null);
    }

    private void CheckDummy(string password) => hasher.VerifyHashedPassword(new GovCmsUser(), DummyHash.Value, password);

    private string LockedUntil(GovCmsUser user) =>
        VietnamTime.FormatDateTime((user.LockoutEnd ?? clock.GetUtcNow()).UtcDateTime);

    private static string TooManyAttempts(TimeSpan wait)
    {
        var seconds = (int)Math.Ceiling(wait.TotalSeconds);
        var when = seconds < 60 ? $"{seconds} giây" : $"{(int)Math.Ceiling(seconds / 60.0)} phút";
        return $"Có quá nhiều lần thử đăng nhập từ máy này hoặc vào tài khoản này. Vui lòng thử lại sau {when}.";
    }

    /// <summary>On a descendant tenant only administrators and supervisors (Giám sát, read-only) of the user's own tenant may sign in.</summary>
    private async Task<bool> MayActOnAsync(GovCmsUser user, TenantContext tenant)
    {
        if (user.TenantId == tenant.Id)
        {
            return true;
        }

        return await UserRoles.Of(scopes, user.Id, user.TenantId)
            .AnyAsync(r => r.Name == BuiltInRoles.Administrator || r.Name == BuiltInRoles.Supervisor);
    }
}
