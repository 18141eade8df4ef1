using System.Text.Json.Nodes;
using GovCms.Content;
using GovCms.Data;
using GovCms.Tenants;
using GovCms.Workflows.Definitions;
using GovCms.Workflows.Engine;
using GovCms.Workflows.Scheduling;
using GovCms.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Workflows.Events;

/// <summary>
/// Turns content events into workflow runs. A handler runs in the middle of a content operation, so it
/// only queues the event (committed with the item); the job runner then starts or resumes the runs. An item
/// that is removed also stops its runs, open tasks and scheduled publications.
/// </summary>
internal sealed class WorkflowContentEvents(
    ICurrentTenant currentTenant,
    WorkflowDefinitionStore definitions,
    GovCmsDbContext db,
    JobScheduler jobs,
    ContentAuthor author,
    TimeProvider clock) : IContentHandler
{
    public Task CreatingAsync(ContentContext context) => QueueAsync(ContentEvents.Created, context.Item);

    public Task PublishedAsync(ContentContext context) => QueueAsync(ContentEvents.Published, context.Item);

    public Task UnpublishingAsync(ContentContext context) => QueueAsync(ContentEvents.Unpublished, context.Item);

    public async Task RemovingAsync(ContentContext context)
    {
        if (!IsOn)
        {
            return;
        }

        await QueueAsync(ContentEvents.Deleted, context.Item);
        await StopAsync(context.Item.ContentItemId);
    }

    private bool IsOn => currentTenant.Required.HasFeature(WorkflowsModule.Id);

    private async Task QueueAsync(string eventName, ContentItem item)
    {
        if (!IsOn || !await HasListenerAsync(eventName, item))
        {
            return;
        }

        jobs.QueueNow(JobKinds.WorkflowEvent, item.ContentItemId, item.Version, payload: new JsonObject
        {
            ["event"] = eventName,
            ["contentType"] = item.ContentType,
            ["title"] = item.DisplayText,
            ["actor"] = author.UserName,
        });
    }

    private async Task<bool> HasListenerAsync(string eventName, ContentItem item)
    {
        if ((await definitions.StartedByAsync(eventName, item.ContentType)).Count > 0)
        {
            return true;
        }

        var waiting = await db.Set<WorkflowInstance>().AsNoTracking()
            .Where(i => i.ContentItemId == item.ContentItemId && i.Status == WorkflowStatus.Waiting)
            .Select(i => new { i.Definition, i.CurrentStepId })
            .ToListAsync();
        return waiting.Any(i => WorkflowDefinition.Parse(i.Definition).Step(i.CurrentStepId)?.Activity == eventName);
    }

    private async Task StopAsync(string contentItemId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var instance in await db.Set<WorkflowInstance>()
                     .Where(i => i.ContentItemId == contentItemId && (i.Status == WorkflowStatus.Running || i.Status == WorkflowStatus.Waiting))
                     .ToListAsync())
        {
            if (WorkflowDefinition.Parse(instance.Definition).Step(instance.CurrentStepId)?.Activity != ContentEvents.Deleted)
            {
                instance.Status = WorkflowStatus.Cancelled;
                instance.Error = ContentChecks.Removed;
                instance.ModifiedUtc = now;
            }
        }

        foreach (var task in await db.Set<WorkflowTask>().Where(t => t.ContentItemId == contentItemId && t.Status == WorkflowTaskStatus.Open).ToListAsync())
        {
            task.Status = WorkflowTaskStatus.Cancelled;
            task.CompletedUtc = now;
            task.Notes = ContentChecks.Removed;
        }

        await jobs.CancelAsync(contentItemId, [JobKinds.Publish, JobKinds.Unpublish]);
    }
}
