using GovCms.Data;
using GovCms.Jobs;
using GovCms.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Workflows.Events;

/// <summary>Resumes a run whose timer has run out, if it still waits on it.</summary>
internal sealed class WorkflowTimerJob(WorkflowEngine engine, GovCmsDbContext db) : IJobHandler
{
    public const string JobKind = "workflow-timer";

    public string Kind => JobKind;

    public async Task RunAsync(Job job, CancellationToken cancellationToken)
    {
        var instance = await db.Set<WorkflowInstance>().SingleOrDefaultAsync(i => i.Id == job.InstanceId, cancellationToken);
        if (instance?.Status == WorkflowStatus.Waiting)
        {
            await engine.ResumeAsync(instance, WorkflowOutcomes.Done, actor: null, cancellationToken: cancellationToken);
        }
    }
}

/// <summary>
/// Content events a database queued before they went through the event outbox (kind "workflow-event"): still
/// run after an upgrade, then no more are queued.
/// </summary>
internal sealed class QueuedContentEventJob(WorkflowEngine engine) : IJobHandler
{
    public string Kind => "workflow-event";

    public async Task RunAsync(Job job, CancellationToken cancellationToken)
    {
        var actor = job.Payload["actor"]?.GetValue<string>();
        var content = new WorkflowContent(job.ContentItemId!, job.Payload["contentType"]!.GetValue<string>(), job.Payload["title"]!.GetValue<string>(), job.ContentVersion ?? 0);
        var variables = new System.Text.Json.Nodes.JsonObject { [WorkflowVariables.SubmittedBy] = actor };
        await engine.TriggerAsync(job.Payload["event"]!.GetValue<string>(), content, variables, actor, cancellationToken);
    }
}
