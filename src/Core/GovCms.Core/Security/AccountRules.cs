using System.Net.Mail;
using System.Text.RegularExpressions;

namespace GovCms.Security;

/// <summary>What user names, e-mail addresses, display names and passwords of accounts must look like; messages by field.</summary>
public static partial class AccountRules
{
    public const int UserNameMinLength = 3;
    public const int UserNameMaxLength = 128;
    public const int DisplayNameMaxLength = 200;
    public const int EmailMaxLength = 254;

    /// <summary>Longer input is never a password of ours; refused before hashing it.</summary>
    public const int PasswordMaxLength = 256;

    public const string UserNameHint = "Chữ thường không dấu (a-z), chữ số và các dấu . - _, từ 3 đến 128 ký tự";

    /// <returns>The Vietnamese message, or null when the user name is acceptable.</returns>
    public static string? UserNameError(string? userName)
    {
        if (string.IsNullOrWhiteSpace(userName))
        {
            return "Vui lòng nhập tên đăng nhập.";
        }

        if (userName.Length is < UserNameMinLength or > UserNameMaxLength)
        {
            return $"Tên đăng nhập phải dài từ {UserNameMinLength} đến {UserNameMaxLength} ký tự.";
        }

        return UserNamePattern().IsMatch(userName)
            ? null
            : "Tên đăng nhập chỉ được gồm chữ thường không dấu (a-z), chữ số và các dấu chấm (.), gạch ngang (-), gạch dưới (_).";
    }

    /// <returns>The Vietnamese message, or null when the address is empty (no address) or well formed.</returns>
    public static string? EmailError(string? email)
    {
        if (string.IsNullOrEmpty(email))
        {
            return null;
        }

        if (email.Length > EmailMaxLength)
        {
            return $"Địa chỉ email dài tối đa {EmailMaxLength} ký tự.";
        }

        return EmailPattern().IsMatch(email) && MailAddress.TryCreate(email, out var parsed) && parsed.Address == email
            ? null
            : "Địa chỉ email không hợp lệ; hãy nhập dạng ten@donvi.gov.vn.";
    }

    public static string? DisplayNameError(string? displayName)
    {
        if (string.IsNullOrWhiteSpace(displayName))
        {
            return "Vui lòng nhập họ và tên.";
        }

        return displayName.Trim().Length > DisplayNameMaxLength ? $"Họ và tên dài tối đa {DisplayNameMaxLength} ký tự." : null;
    }

    /// <summary>Only the length: the rest (digits, cases, minimum length) is Identity's password policy.</summary>
    public static string? PasswordLengthError(string? password) =>
        password is { Length: > PasswordMaxLength } ? $"Mật khẩu dài tối đa {PasswordMaxLength} ký tự." : null;

    /// <summary>An address as typed, trimmed; null for none.</summary>
    public static string? NormalizeEmail(string? email) => string.IsNullOrWhiteSpace(email) ? null : email.Trim();

    [GeneratedRegex("^[a-z0-9._-]+$")]
    private static partial Regex UserNamePattern();

    /// <summary>local@domain.tld: no spaces or brackets, a domain of dot-separated labels and a top-level domain of letters.</summary>
    [GeneratedRegex(@"^[^\s@<>()\[\],;:""\\]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$")]
    private static partial Regex EmailPattern();
}
