using GovCms.Jobs;
using GovCms.Workflows.Events;

namespace GovCms.Workflows.Activities;

/// <summary>Waits some hours; the scheduler resumes the run when they have passed. Setting: "hours".</summary>
internal sealed class TimerActivity(IJobQueue jobs, TimeProvider clock) : IActivity
{
    public string Name => "Timer";

    public string DisplayName => "Chờ một khoảng thời gian";

    public ActivityKind Kind => ActivityKind.Event;

    public IReadOnlyList<string> Outcomes { get; } = [WorkflowOutcomes.Done];

    public IEnumerable<string> Validate(WorkflowStep step)
    {
        if (step.Number("hours") is not > 0)
        {
            yield return "cần số giờ chờ (\"hours\") lớn hơn 0.";
        }
    }

    public Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var due = clock.GetUtcNow().UtcDateTime.AddHours(context.Step.Number("hours") ?? 0);
        jobs.Queue(new JobRequest(WorkflowTimerJob.JobKind, due) { ContentItemId = context.Content?.Id, InstanceId = context.InstanceId });
        return Task.FromResult(ActivityResult.Blocked);
    }
}
