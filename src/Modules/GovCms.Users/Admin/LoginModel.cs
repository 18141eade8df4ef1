using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace GovCms.Users.Admin;

public sealed class LoginModel
{
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public bool Remember { get; set; }
    public string? ReturnUrl { get; set; }

    /// <summary>Why the sign-in failed (wrong password, locked out, disabled), shown above the form.</summary>
    [BindNever]
    public string? Error { get; set; }

    /// <summary>Whether the page offers "Quên mật khẩu?" (mail and the host's address are configured).</summary>
    [BindNever]
    public bool CanResetPassword { get; set; }
}
