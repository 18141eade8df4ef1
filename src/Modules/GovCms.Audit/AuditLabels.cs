namespace GovCms.Audit;

/// <summary>How the log names its categories, events and content fields, in Vietnamese.</summary>
public static class AuditLabels
{
    public static readonly IReadOnlyDictionary<string, string> Categories = new Dictionary<string, string>
    {
        [AuditCategories.Content] = "Nội dung",
        [AuditCategories.User] = "Người dùng",
        [AuditCategories.Tenant] = "Cổng thông tin",
    };

    /// <summary>The events of each category, in the order the filter lists them.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<(string Action, string Label)>> Actions = new Dictionary<string, IReadOnlyList<(string, string)>>
    {
        [AuditCategories.Content] =
        [
            (AuditActions.Created, "Tạo"), (AuditActions.Edited, "Sửa"), (AuditActions.Restored, "Khôi phục phiên bản"),
            (AuditActions.Submitted, "Gửi duyệt"), (AuditActions.Returned, "Trả lại"), (AuditActions.Approved, "Duyệt, chuyển tiếp"),
            (AuditActions.Confirmed, "Xác nhận"), (AuditActions.Scheduled, "Hẹn giờ"), (AuditActions.Published, "Đăng"),
            (AuditActions.PublishedWithoutApproval, "Đăng không qua duyệt"), (AuditActions.Reviewed, "Xem lại sau khi đăng"),
            (AuditActions.Unpublished, "Gỡ"), (AuditActions.Deleted, "Xóa"),
        ],
        [AuditCategories.User] =
        [
            (AuditActions.SignedIn, "Đăng nhập"), (AuditActions.SignInFailed, "Đăng nhập không thành công"), (AuditActions.Created, "Tạo tài khoản"),
            (AuditActions.RolesChanged, "Đổi vai trò"), (AuditActions.RolePermissionsChanged, "Đổi quyền của vai trò"),
            (AuditActions.Disabled, "Khóa tài khoản"), (AuditActions.Enabled, "Mở khóa tài khoản"),
            (AuditActions.Edited, "Sửa họ tên, email"), (AuditActions.Unlocked, "Gỡ tạm khóa đăng nhập"),
            (AuditActions.PasswordChanged, "Tự đổi mật khẩu"), (AuditActions.PasswordResetRequested, "Yêu cầu đặt lại mật khẩu"),
            (AuditActions.PasswordReset, "Đặt lại mật khẩu"), (AuditActions.SignedOut, "Đăng xuất"),
        ],
        [AuditCategories.Tenant] =
        [
            (AuditActions.Created, "Tạo cổng"), (AuditActions.SettingsChanged, "Sửa thông tin, cài đặt"), (AuditActions.MenuChanged, "Sửa menu"),
            (AuditActions.FeatureEnabled, "Bật tính năng"), (AuditActions.FeatureDisabled, "Tắt tính năng"), (AuditActions.StateChanged, "Đổi trạng thái"),
        ],
    };

    public static string Category(string category) => Categories.GetValueOrDefault(category, category);

    public static string Action(string category, string action) =>
        Actions.TryGetValue(category, out var actions) && actions.FirstOrDefault(a => a.Action == action) is { Label: { } label } ? label : action;
}
