using GovCms.Audit;

namespace GovCms.Workflows;

/// <summary>What the editorial workflow writes to the content log, with its labels (declared by <see cref="WorkflowsModule"/>).</summary>
public static class WorkflowAuditActions
{
    public const string Submitted = "submitted";
    public const string Returned = "returned";
    public const string Approved = "approved";
    public const string Confirmed = "confirmed";
    public const string PublishedWithoutApproval = "published-without-approval";
    public const string Reviewed = "reviewed";

    public static readonly IReadOnlyList<AuditLabel> Labels =
    [
        AuditLabel.ForAction(AuditCategories.Content, Submitted, "Gửi duyệt"),
        AuditLabel.ForAction(AuditCategories.Content, Returned, "Trả lại"),
        AuditLabel.ForAction(AuditCategories.Content, Approved, "Duyệt, chuyển tiếp"),
        AuditLabel.ForAction(AuditCategories.Content, Confirmed, "Xác nhận"),
        AuditLabel.ForAction(AuditCategories.Content, PublishedWithoutApproval, "Đăng không qua duyệt"),
        AuditLabel.ForAction(AuditCategories.Content, Reviewed, "Xem lại sau khi đăng"),
    ];
}
