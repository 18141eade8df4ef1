namespace GovCms.Audit;

/// <summary>The labels of what the engine itself writes: content operations, sign-in and accounts, sites.</summary>
public static class EngineAuditLabels
{
    public static readonly IReadOnlyList<AuditLabel> All =
    [
        AuditLabel.ForCategory(AuditCategories.Content, "Nội dung"),
        AuditLabel.ForCategory(AuditCategories.User, "Người dùng"),
        AuditLabel.ForCategory(AuditCategories.Tenant, "Cổng thông tin"),

        AuditLabel.ForAction(AuditCategories.Content, AuditActions.Created, "Tạo"),
        AuditLabel.ForAction(AuditCategories.Content, AuditActions.Edited, "Sửa"),
        AuditLabel.ForAction(AuditCategories.Content, AuditActions.Restored, "Khôi phục phiên bản"),
        AuditLabel.ForAction(AuditCategories.Content, AuditActions.Scheduled, "Hẹn giờ"),
        AuditLabel.ForAction(AuditCategories.Content, AuditActions.Published, "Đăng"),
        AuditLabel.ForAction(AuditCategories.Content, AuditActions.Unpublished, "Gỡ"),
        AuditLabel.ForAction(AuditCategories.Content, AuditActions.Deleted, "Xóa"),

        AuditLabel.ForAction(AuditCategories.User, AuditActions.SignedIn, "Đăng nhập"),
        AuditLabel.ForAction(AuditCategories.User, AuditActions.SignInFailed, "Đăng nhập không thành công"),
        AuditLabel.ForAction(AuditCategories.User, AuditActions.Created, "Tạo tài khoản"),
        AuditLabel.ForAction(AuditCategories.User, AuditActions.RolesChanged, "Đổi vai trò"),
        AuditLabel.ForAction(AuditCategories.User, AuditActions.RolePermissionsChanged, "Đổi quyền của vai trò"),
        AuditLabel.ForAction(AuditCategories.User, AuditActions.Disabled, "Khóa tài khoản"),
        AuditLabel.ForAction(AuditCategories.User, AuditActions.Enabled, "Mở khóa tài khoản"),
        AuditLabel.ForAction(AuditCategories.User, AuditActions.Edited, "Sửa họ tên, email"),
        AuditLabel.ForAction(AuditCategories.User, AuditActions.Unlocked, "Gỡ tạm khóa đăng nhập"),
        AuditLabel.ForAction(AuditCategories.User, AuditActions.PasswordChanged, "Tự đổi mật khẩu"),
        AuditLabel.ForAction(AuditCategories.User, AuditActions.PasswordReset, "Đặt lại mật khẩu"),
        AuditLabel.ForAction(AuditCategories.User, AuditActions.SignedOut, "Đăng xuất"),

        AuditLabel.ForAction(AuditCategories.Tenant, AuditActions.Created, "Tạo cổng"),
        AuditLabel.ForAction(AuditCategories.Tenant, AuditActions.SettingsChanged, "Sửa thông tin, cài đặt"),
        AuditLabel.ForAction(AuditCategories.Tenant, AuditActions.MenuChanged, "Sửa menu"),
        AuditLabel.ForAction(AuditCategories.Tenant, AuditActions.FeatureEnabled, "Bật tính năng"),
        AuditLabel.ForAction(AuditCategories.Tenant, AuditActions.FeatureDisabled, "Tắt tính năng"),
        AuditLabel.ForAction(AuditCategories.Tenant, AuditActions.StateChanged, "Đổi trạng thái"),
    ];
}
