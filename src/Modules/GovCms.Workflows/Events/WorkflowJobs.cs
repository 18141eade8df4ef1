using System.Text.Json.Nodes;
using GovCms.Data;
using GovCms.Workflows.Engine;
using GovCms.Workflows.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Workflows.Events;

/// <summary>Runs the workflows of a content event once the change that raised it is committed.</summary>
internal sealed class WorkflowEventJob(WorkflowEngine engine) : IJobHandler
{
    public string Kind => JobKinds.WorkflowEvent;

    public async Task RunAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        var payload = JsonNode.Parse(job.Payload)!;
        var actor = payload["actor"]?.GetValue<string>();
        var content = new WorkflowContent(job.ContentItemId!, payload["contentType"]!.GetValue<string>(), payload["title"]!.GetValue<string>(), job.ContentVersion ?? 0);
        var variables = new JsonObject { [WorkflowVariables.SubmittedBy] = actor };
        await engine.TriggerAsync(payload["event"]!.GetValue<string>(), content, variables, actor, cancellationToken);
    }
}

/// <summary>Resumes a run whose timer has run out, if it still waits on it.</summary>
internal sealed class WorkflowTimerJob(WorkflowEngine engine, GovCmsDbContext db) : IJobHandler
{
    public string Kind => JobKinds.WorkflowTimer;

    public async Task RunAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        var instance = await db.Set<WorkflowInstance>().SingleOrDefaultAsync(i => i.Id == job.InstanceId, cancellationToken);
        if (instance?.Status == WorkflowStatus.Waiting)
        {
            await engine.ResumeAsync(instance, WorkflowOutcomes.Done, actor: null, cancellationToken: cancellationToken);
        }
    }
}
