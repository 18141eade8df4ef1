using GovCms.Data;

namespace GovCms.Workflows.Tasks;

public enum WorkflowTaskKind
{
    /// <summary>Pass on (or approve) or return: a step "AskForApproval".</summary>
    Approval = 0,
    /// <summary>One button: a step "UserAction".</summary>
    Action = 1,
    /// <summary>Look again at an item an administrator published without approval.</summary>
    Review = 2,
}

public enum WorkflowTaskStatus
{
    Open = 0,
    Done = 1,
    Cancelled = 2,
}

/// <summary>Something people holding one of <see cref="Roles"/> must act on; the inbox lists the open ones.</summary>
public sealed class WorkflowTask : ITenantOwned
{
    public const char RoleSeparator = ',';

    public long Id { get; set; }
    public int TenantId { get; set; }
    public string? InstanceId { get; set; }
    public string? StepId { get; set; }
    public WorkflowTaskKind Kind { get; set; }
    public string Title { get; set; } = "";

    /// <summary>Role names separated by commas.</summary>
    public string Roles { get; set; } = "";

    public string? ContentItemId { get; set; }
    public string? ContentType { get; set; }
    public string ContentTitle { get; set; } = "";

    /// <summary>The version the task is about; acting on it after the item changed is refused.</summary>
    public int ContentVersion { get; set; }

    public string? SubmittedBy { get; set; }

    /// <summary>
    /// What the people asked should know: the submitter's note of "Gửi duyệt" (on every approval step of the run),
    /// or the reason of a publication without approval.
    /// </summary>
    public string? Details { get; set; }

    public DateTime CreatedUtc { get; set; }
    public WorkflowTaskStatus Status { get; set; }
    public string? Outcome { get; set; }
    public string? Notes { get; set; }
    public string? CompletedBy { get; set; }
    public DateTime? CompletedUtc { get; set; }

    public IReadOnlyList<string> RoleList => Roles.Split(RoleSeparator, StringSplitOptions.RemoveEmptyEntries);

    public bool IsFor(IReadOnlySet<string> roles) => RoleList.Any(roles.Contains);
}
