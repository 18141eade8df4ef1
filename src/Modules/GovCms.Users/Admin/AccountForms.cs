using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace GovCms.Users.Admin;

/// <summary>"Quên mật khẩu": the user name to mail a reset link for.</summary>
public sealed class ForgotPasswordModel
{
    public string? UserName { get; set; }

    /// <summary>Set once the request was taken: the same text whether or not the account exists.</summary>
    [BindNever]
    public string? Sent { get; set; }
}

/// <summary>The page a reset link opens: the account and token of the link, and the new password twice.</summary>
public sealed class ResetPasswordModel
{
    public string? User { get; set; }
    public string? Token { get; set; }
    public string? NewPassword { get; set; }
    public string? ConfirmPassword { get; set; }

    /// <summary>Why the link cannot be used (expired, used, not an account of this site); the form is not shown then.</summary>
    [BindNever]
    public string? LinkError { get; set; }
}

/// <summary>"Tài khoản": one's own display name and e-mail address.</summary>
public sealed class ProfileModel
{
    public string? DisplayName { get; set; }
    public string? Email { get; set; }

    [BindNever]
    public string UserName { get; set; } = "";
}

/// <summary>"Đổi mật khẩu": the current password and the new one twice.</summary>
public sealed class ChangePasswordModel
{
    public string? CurrentPassword { get; set; }
    public string? NewPassword { get; set; }
    public string? ConfirmPassword { get; set; }
}
