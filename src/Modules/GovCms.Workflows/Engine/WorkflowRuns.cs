using System.Text.Json.Nodes;
using GovCms.Data;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Workflows.Engine;

/// <summary>Workflows about modules' own records, for modules that have some.</summary>
internal sealed class WorkflowRuns(GovCmsDbContext db, WorkflowEngine engine) : IWorkflowRuns
{
    public async Task<IReadOnlyList<WorkflowRunInfo>> TriggerAsync(
        string eventName, WorkflowRecord record, JsonObject? variables, string? actor, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginOrJoinTransactionAsync(cancellationToken);
        var started = await engine.TriggerAsync(eventName, record, variables ?? [], actor, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return started.Select(InfoOf).ToList();
    }

    public async Task<IReadOnlyList<WorkflowRunInfo>> ForRecordAsync(string kind, string id, CancellationToken cancellationToken = default) =>
        (await db.Set<WorkflowInstance>().AsNoTracking()
            .Where(i => i.RecordKind == kind && i.RecordId == id)
            .OrderByDescending(i => i.CreatedUtc)
            .ToListAsync(cancellationToken))
        .Select(InfoOf).ToList();

    private static WorkflowRunInfo InfoOf(WorkflowInstance instance) =>
        new(instance.Id, instance.DefinitionName, WorkflowEngine.RecordOf(instance)!, instance.Status.ToString(), instance.CurrentStepId, instance.Error, instance.CreatedUtc);
}
