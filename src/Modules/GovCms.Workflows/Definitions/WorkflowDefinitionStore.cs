using GovCms.Data;
using GovCms.Tenants;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Workflows.Definitions;

/// <summary>The workflow definitions of the current tenant, as the engine and the approval read them.</summary>
public sealed class WorkflowDefinitionStore(GovCmsDbContext db, ICurrentTenant currentTenant)
{
    // Every content event asks which definitions it starts (provisioning raises thousands in one scope): read once a
    // site and scope, forgotten when the editor stores or deletes one.
    private readonly Dictionary<int, IReadOnlyList<WorkflowDefinition>> _bySite = [];

    /// <summary>The event a submission for approval raises; a definition that starts with it is an approval.</summary>
    public const string SubmitEvent = ContentEvents.Submitted;

    public async Task<IReadOnlyList<WorkflowDefinition>> ListAsync(CancellationToken cancellationToken = default)
    {
        var site = currentTenant.Tenant?.Id ?? 0;
        if (!_bySite.TryGetValue(site, out var definitions))
        {
            var stored = await db.Set<WorkflowDefinitionRecord>().AsNoTracking().OrderBy(d => d.Name).Select(d => d.Json).ToListAsync(cancellationToken);
            definitions = _bySite[site] = stored.Select(WorkflowDefinition.Parse).ToList();
        }

        return definitions;
    }

    /// <summary>After a definition of the current site is stored or deleted.</summary>
    internal void Forget() => _bySite.Remove(currentTenant.Tenant?.Id ?? 0);

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
