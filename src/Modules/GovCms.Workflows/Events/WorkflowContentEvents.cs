using System.Text.Json.Nodes;
using GovCms.Content;
using GovCms.Data;
using GovCms.Events;
using GovCms.Tenants;
using GovCms.Workflows.Definitions;
using GovCms.Workflows.Engine;
using GovCms.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Workflows.Events;

/// <summary>
/// Turns the engine's content events into workflow runs, after the change that raised them committed: a
/// delivery is stored only where the site has workflows on and a definition starts with the event or a run of
/// the item waits for it.
/// </summary>
internal sealed class WorkflowContentSubscriber(
    ICurrentTenant currentTenant,
    WorkflowDefinitionStore definitions,
    GovCmsDbContext db,
    WorkflowEngine engine) : IEventSubscriber<ContentEvent>
{
    public async ValueTask<bool> WantsAsync(ContentEvent e, CancellationToken cancellationToken)
    {
        if (!currentTenant.Required.HasFeature(WorkflowsModule.Id))
        {
            return false;
        }

        if ((await definitions.StartedByAsync(e.Name, e.ContentType, cancellationToken)).Count > 0)
        {
            return true;
        }

        if (e.NewItem)
        {
            return false;
        }

        var waiting = await db.Set<WorkflowInstance>().AsNoTracking()
            .Where(i => i.RecordKind == WorkflowRecord.ContentKind && i.RecordId == e.ContentItemId && i.Status == WorkflowStatus.Waiting)
            .Select(i => new { i.Definition, i.CurrentStepId })
            .ToListAsync(cancellationToken);
        return waiting.Any(i => WorkflowDefinition.Parse(i.Definition).Step(i.CurrentStepId)?.Activity == e.Name);
    }

    public async Task HandleAsync(ContentEvent e, EventDelivery delivery, CancellationToken cancellationToken)
    {
        var content = new WorkflowContent(e.ContentItemId, e.ContentType, e.Title, e.Version);
        var variables = new JsonObject { [WorkflowVariables.SubmittedBy] = e.Actor };
        await engine.TriggerAsync(e.Name, content, variables, e.Actor, cancellationToken);
    }
}

/// <summary>An item that is removed also stops its runs and open tasks, in the same save.</summary>
internal sealed class WorkflowContentRemoval(ICurrentTenant currentTenant, GovCmsDbContext db, TimeProvider clock) : IContentHandler
{
    public async Task RemovingAsync(ContentContext context)
    {
        if (!currentTenant.Required.HasFeature(WorkflowsModule.Id))
        {
            return;
        }

        var contentItemId = context.Item.ContentItemId;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var instance in await db.Set<WorkflowInstance>()
                     .Where(i => i.RecordKind == WorkflowRecord.ContentKind && i.RecordId == contentItemId
                         && (i.Status == WorkflowStatus.Running || i.Status == WorkflowStatus.Waiting))
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
    }
}
