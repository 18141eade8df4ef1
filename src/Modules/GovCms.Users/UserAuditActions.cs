using GovCms.Audit;

namespace GovCms.Users;

/// <summary>What the Users module itself writes to the log (the engine's account services write the rest).</summary>
public static class UserAuditActions
{
    public const string PasswordResetRequested = "password-reset-requested";

    public static readonly IReadOnlyList<AuditLabel> Labels =
        [AuditLabel.ForAction(AuditCategories.User, PasswordResetRequested, "Yêu cầu đặt lại mật khẩu")];
}
