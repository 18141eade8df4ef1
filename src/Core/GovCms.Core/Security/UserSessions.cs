using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace GovCms.Security;

/// <summary>
/// Ends a user's sessions on the server: every cookie carries the user's security stamp, which is checked
/// on every request, so a new stamp makes every cookie issued before it answer 401 — also one copied or
/// replayed after signing out.
/// </summary>
public sealed class UserSessions(UserManager<GovCmsUser> users, SignInManager<GovCmsUser> signInManager, IHttpContextAccessor accessor)
{
    /// <summary>Ends every session of the user (a new stamp), keeping the current request's own session when it is the user's.</summary>
    public async Task EndOtherSessionsAsync(GovCmsUser user)
    {
        await users.UpdateSecurityStampAsync(user);
        await KeepCurrentSessionAsync(user);
    }

    /// <summary>
    /// After something that changed the stamp already (a new password), re-issues the cookie of the current
    /// request when it belongs to the user, so the person who made the change stays signed in.
    /// </summary>
    public async Task KeepCurrentSessionAsync(GovCmsUser user)
    {
        if (accessor.HttpContext?.User is { Identity.IsAuthenticated: true } principal && principal.UserId() == user.Id)
        {
            await signInManager.RefreshSignInAsync(user);
        }
    }

    /// <summary>Signs the current user out here and ends every other session of theirs.</summary>
    public async Task SignOutEverywhereAsync()
    {
        if (accessor.HttpContext?.User.UserId() is { } userId && await users.FindByIdAsync(userId) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signInManager.SignOutAsync();
    }
}
