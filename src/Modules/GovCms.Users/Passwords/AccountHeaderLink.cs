using System.Security.Claims;
using GovCms.Modules;

namespace GovCms.Users.Passwords;

/// <summary>"Tài khoản" in the admin header: every signed-in user's own name, e-mail and password.</summary>
internal sealed class AccountHeaderLink : IAdminHeaderLink
{
    public string Feature => UsersModule.Id;

    public Task<AdminHeaderLink?> GetAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        Task.FromResult<AdminHeaderLink?>(new AdminHeaderLink("Tài khoản", "account", 0, "họ tên, email và mật khẩu của bạn"));
}
