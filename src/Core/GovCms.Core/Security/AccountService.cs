using System.Security.Claims;
using GovCms.Audit;
using GovCms.Data;
using Microsoft.AspNetCore.Identity;

namespace GovCms.Security;

/// <summary>
/// What signed-in people do with their own account (on whichever site they are signed in), and the
/// password reset of "Quên mật khẩu".
/// </summary>
public sealed class AccountService(
    UserManager<GovCmsUser> users,
    UserAdminService userAdmin,
    UserSessions sessions,
    GovCmsDbContext db,
    IAuditLog audit)
{
    public const string ExpiredLink = "Liên kết đặt lại mật khẩu đã hết hạn hoặc đã được dùng. Hãy yêu cầu một liên kết mới.";

    public Task<GovCmsUser?> CurrentAsync(ClaimsPrincipal principal) =>
        principal.UserId() is { } id ? users.FindByIdAsync(id) : Task.FromResult<GovCmsUser?>(null);

    public Task<GovCmsUser?> FindByIdAsync(string userId) => users.FindByIdAsync(userId);

    /// <summary>Changes the user's own password; their other sessions end, this one goes on with a new cookie.</summary>
    public async Task<Outcome> ChangePasswordAsync(ClaimsPrincipal principal, string? currentPassword, string? newPassword)
    {
        if (await CurrentAsync(principal) is not { } user)
        {
            return Outcome.NotFound(UserAdminService.NotFound);
        }

        if (FieldChecks.InvalidIfAny(
                ("currentPassword", string.IsNullOrEmpty(currentPassword) ? "Vui lòng nhập mật khẩu hiện tại." : AccountRules.PasswordLengthError(currentPassword)),
                ("newPassword", string.IsNullOrEmpty(newPassword) ? "Vui lòng nhập mật khẩu mới." : AccountRules.PasswordLengthError(newPassword))) is { } invalid)
        {
            return invalid;
        }

        var result = await users.ChangePasswordAsync(user, currentPassword!, newPassword!);
        if (!result.Succeeded)
        {
            var outcome = UserAdminService.ToOutcome(result, "newPassword");
            return outcome.Errors.ContainsKey("currentPassword") ? Outcome.Invalid("currentPassword", "Mật khẩu hiện tại không đúng.") : outcome;
        }

        audit.Add(new AuditEvent(AuditCategories.User, AuditActions.PasswordChanged, user.UserName, user.DisplayName));
        await db.SaveChangesAsync();
        await sessions.KeepCurrentSessionAsync(user);
        return Outcome.Ok();
    }

    /// <summary>The user's own display name and e-mail address.</summary>
    public async Task<Outcome> UpdateProfileAsync(ClaimsPrincipal principal, string? displayName, string? email)
    {
        if (await CurrentAsync(principal) is not { } user)
        {
            return Outcome.NotFound(UserAdminService.NotFound);
        }

        var outcome = await userAdmin.ApplyProfileAsync(user, displayName, email);
        if (outcome.Succeeded)
        {
            // The header shows the display name from the cookie.
            await sessions.KeepCurrentSessionAsync(user);
        }

        return outcome;
    }

    /// <summary>A token for the link of a "Quên mật khẩu" mail; good for GovCms:Security:PasswordResetLinkLifetime and once.</summary>
    public Task<string> CreateResetTokenAsync(GovCmsUser user) => users.GeneratePasswordResetTokenAsync(user);

    /// <summary>Whether the link of a mail is still good (not expired, not used), before the form is shown.</summary>
    public async Task<bool> IsResetTokenValidAsync(GovCmsUser user, string token) =>
        await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<GovCmsUser>.ResetPasswordTokenPurpose, token);

    /// <summary>Sets a new password from the link of a mail: the lockout is lifted and every session of the user ends.</summary>
    public async Task<Outcome> ResetWithTokenAsync(GovCmsUser user, string? token, string? newPassword)
    {
        if (FieldChecks.InvalidIfAny(("newPassword", string.IsNullOrEmpty(newPassword) ? "Vui lòng nhập mật khẩu mới." : AccountRules.PasswordLengthError(newPassword))) is { } invalid)
        {
            return invalid;
        }

        var outcome = await userAdmin.ResetPasswordWithTokenAsync(user, token ?? "", newPassword!, "newPassword");
        return outcome.Errors.ContainsKey("token") ? Outcome.Invalid("token", ExpiredLink) : outcome;
    }
}
