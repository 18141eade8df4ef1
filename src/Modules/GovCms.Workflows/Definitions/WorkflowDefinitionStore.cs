using GovCms.Data;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Workflows.Definitions;

/// <summary>The workflow definitions of the current tenant, as the engine and the approval read them.</summary>
public sealed class WorkflowDefinitionStore(GovCmsDbContext db)
{
    /// <summary>The event a submission for approval raises; a definition that starts with it is an approval.</summary>
    public const string SubmitEvent = ContentEvents.Submitted;

    public async Task<IReadOnlyList<WorkflowDefinition>> ListAsync(CancellationToken cancellationToken = default)
    {
        var stored = await db.Set<WorkflowDefinitionRecord>().AsNoTracking().OrderBy(d => d.Name).Select(d => d.Json).ToListAsync(cancellationToken);
        return stored.Select(WorkflowDefinition.Parse).ToList();
    }

    public async Task<WorkflowDefinition?> FindAsync(string name, CancellationToken cancellationToken = default) =>
        await db.Set<WorkflowDefinitionRecord>().AsNoTracking().Where(d => d.Name == name).Select(d => d.Json).SingleOrDefaultAsync(cancellationToken)
            is { } json ? WorkflowDefinition.Parse(json) : null;

    /// <summary>The enabled definitions that the event starts for an item of the type.</summary>
    public async Task<IReadOnlyList<WorkflowDefinition>> StartedByAsync(string eventName, string contentType, CancellationToken cancellationToken = default) =>
        (await ListAsync(cancellationToken)).Where(d => d.Enabled && d.StartEvent == eventName && d.Covers(contentType)).ToList();

    /// <summary>The approval of a content type: the enabled definition that submitting an item starts; null when items publish freely.</summary>
    public async Task<WorkflowDefinition?> ApprovalForAsync(string contentType, CancellationToken cancellationToken = default) =>
        (await StartedByAsync(SubmitEvent, contentType, cancellationToken)).FirstOrDefault();
}
