using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace GovCms.Users.Admin;

/// <summary>Fields of the account forms that did not bind, told in Vietnamese.</summary>
internal static class FormValues
{
    /// <summary>
    /// Replaces the framework's (English) binding errors, such as "abc" for a checkbox, with a Vietnamese
    /// message, and forgets the value that was posted: a checkbox shown again with "abc" would not render.
    /// </summary>
    public static void ReplaceBindingErrors(ModelStateDictionary modelState, IReadOnlyDictionary<string, string> labels)
    {
        foreach (var key in modelState.Where(e => e.Value is { Errors.Count: > 0 }).Select(e => e.Key).ToList())
        {
            modelState.Remove(key);
            modelState.AddModelError(key, $"Giá trị gửi lên của \"{labels.GetValueOrDefault(key, key)}\" không hợp lệ.");
        }
    }

    /// <summary>The message for a confirmation that does not repeat the new password.</summary>
    public const string PasswordsDiffer = "Mật khẩu nhập lại không khớp với mật khẩu mới.";
}
