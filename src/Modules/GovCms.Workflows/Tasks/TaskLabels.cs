using GovCms.Text;

namespace GovCms.Workflows.Tasks;

/// <summary>How the admin words a task's outcome and what happened to it.</summary>
public static class TaskLabels
{
    public static string OutcomeOf(WorkflowTask task) => (task.Kind, task.Outcome) switch
    {
        (_, null) => "",
        (WorkflowTaskKind.Approval, WorkflowOutcomes.Approved) => "Đồng ý",
        (WorkflowTaskKind.Approval, WorkflowOutcomes.Returned) => "Trả lại",
        (WorkflowTaskKind.Review, _) => "Đã xem lại",
        (_, WorkflowOutcomes.Done) => "Đã xác nhận",
        (_, var other) => other,
    };

    /// <summary>What <see cref="WorkflowTask.Details"/> is, as the task page and the inbox introduce it.</summary>
    public static string DetailsLabel(WorkflowTask task) =>
        task.Kind == WorkflowTaskKind.Review ? "Lý do đăng không qua duyệt" : "Lời nhắn của người gửi";

    /// <summary>Why acting on a closed task is refused: who closed it, when, and how.</summary>
    public static string AlreadyClosed(WorkflowTask task) => task.Status == WorkflowTaskStatus.Cancelled
        ? $"Việc này đã được hủy{(task.CompletedUtc is DateTime at ? " lúc " + VietnamTime.FormatDateTime(at) : "")}: {task.Notes}"
        : $"Việc này vừa được {task.CompletedBy} xử lý lúc {VietnamTime.FormatDateTime(task.CompletedUtc ?? task.CreatedUtc)} ({OutcomeOf(task)}). Thao tác của bạn không được thực hiện; hãy tải lại hộp việc.";
}
