using GovCms.Security;
using GovCms.Workflows.Activities;

namespace GovCms.Workflows.Definitions;

/// <summary>
/// The editorial approval: the author submits, one to three approval steps pass the item on or return it
/// with notes, the last one publishes now or at a time, and the author is told either way.
/// </summary>
public static class EditorialApprovalTemplate
{
    public const string DefaultName = "duyet-bai";
    public const int MaxApprovalSteps = 3;
    private const string ReturnStep = "tra-lai";

    /// <summary>The default: two steps (biên tập viên, then trưởng ban) for every content type.</summary>
    public static WorkflowDefinition Default => Create(DefaultName, "Duyệt tin bài", [], 2);

    public static WorkflowDefinition Create(string name, string displayName, IReadOnlyList<string> contentTypes, int approvalSteps)
    {
        (string Id, string Title, string Role)[] approvals = Math.Clamp(approvalSteps, 1, MaxApprovalSteps) switch
        {
            1 => [("truong-ban", "Trưởng ban biên tập duyệt", BuiltInRoles.Approver)],
            2 => [("bien-tap", "Biên tập viên xem xét", BuiltInRoles.Reviewer), ("truong-ban", "Trưởng ban biên tập duyệt", BuiltInRoles.Approver)],
            _ =>
            [
                ("bien-tap", "Biên tập viên xem xét", BuiltInRoles.Reviewer),
                ("thu-ky", "Thư ký Ban biên tập kiểm tra", BuiltInRoles.Reviewer),
                ("truong-ban", "Trưởng ban biên tập duyệt", BuiltInRoles.Approver),
            ],
        };

        return new WorkflowDefinition
        {
            Name = name,
            DisplayName = displayName,
            ContentTypes = contentTypes,
            Steps =
            [
                new() { Id = "gui-duyet", Activity = ContentEvents.Submitted, Title = "Tác giả gửi duyệt" },
                .. approvals.Select(a => ApprovalStep(a.Id, a.Title, a.Role)),
                new()
                {
                    Id = "dang", Activity = PublishActivity.ActivityName, Title = "Đăng lên cổng",
                    Then = new Dictionary<string, string> { [WorkflowOutcomes.Published] = "bao-da-dang", [WorkflowOutcomes.Scheduled] = "bao-hen-gio" },
                },
                Notify("bao-da-dang", "Báo tác giả: đã đăng", "Bài \"{title}\" đã được duyệt và đăng", "{actor} đã duyệt và đăng bài \"{title}\" trên {site}.", end: true),
                Notify("bao-hen-gio", "Báo tác giả: hẹn giờ đăng", "Bài \"{title}\" đã được duyệt, hẹn đăng lúc {publishAt}", "{actor} đã duyệt bài \"{title}\"; bài sẽ tự đăng lúc {publishAt}.", end: true),
                Notify(ReturnStep, "Báo tác giả: bị trả lại", "Bài \"{title}\" được trả lại để sửa", "{actor} trả lại bài \"{title}\" với ghi chú: {notes}", end: false),
            ],
        };
    }

    /// <summary>The steps that ask for approval, in order.</summary>
    public static IReadOnlyList<WorkflowStep> ApprovalSteps(WorkflowDefinition definition) =>
        definition.Steps.Where(s => s.Activity == AskForApprovalActivity.ActivityName).ToList();

    /// <summary>Adds an approval step before the last one (the last keeps publishing), up to <see cref="MaxApprovalSteps"/>.</summary>
    public static WorkflowDefinition AddApprovalStep(WorkflowDefinition definition)
    {
        var approvals = ApprovalSteps(definition);
        if (approvals.Count is 0 or >= MaxApprovalSteps)
        {
            return definition;
        }

        var last = approvals[^1];
        var id = Enumerable.Range(2, 10).Select(n => $"buoc-duyet-{n}").First(candidate => definition.Step(candidate) is null);
        var added = ApprovalStep(id, "Bước duyệt thêm", BuiltInRoles.Reviewer) with
        {
            Then = last.Then.TryGetValue(WorkflowOutcomes.Returned, out var returned)
                ? new Dictionary<string, string> { [WorkflowOutcomes.Returned] = returned }
                : new Dictionary<string, string>(),
        };
        var steps = definition.Steps.ToList();
        steps.Insert(steps.IndexOf(last), added);
        return definition with { Steps = steps };
    }

    /// <summary>Removes an approval step (never the only one); what led to it leads to the step after it.</summary>
    public static WorkflowDefinition RemoveApprovalStep(WorkflowDefinition definition, string stepId)
    {
        if (ApprovalSteps(definition) is not { Count: > 1 } approvals || approvals.All(s => s.Id != stepId))
        {
            return definition;
        }

        var steps = definition.Steps.ToList();
        var index = steps.FindIndex(s => s.Id == stepId);
        var successor = index + 1 < steps.Count ? steps[index + 1].Id : WorkflowDefinition.End;
        steps.RemoveAt(index);
        return definition with
        {
            Steps = steps.Select(s => s with { Then = s.Then.ToDictionary(t => t.Key, t => t.Value == stepId ? successor : t.Value) }).ToList(),
        };
    }

    private static WorkflowStep ApprovalStep(string id, string title, string role) => new()
    {
        Id = id,
        Activity = AskForApprovalActivity.ActivityName,
        Title = title,
        Roles = [role],
        Then = new Dictionary<string, string> { [WorkflowOutcomes.Returned] = ReturnStep },
    };

    private static WorkflowStep Notify(string id, string title, string subject, string message, bool end) => new()
    {
        Id = id,
        Activity = "Notify",
        Title = title,
        Properties = new() { ["to"] = "submitter", ["subject"] = subject, ["message"] = message },
        Then = end ? new Dictionary<string, string> { [WorkflowOutcomes.Done] = WorkflowDefinition.End } : new Dictionary<string, string>(),
    };
}
