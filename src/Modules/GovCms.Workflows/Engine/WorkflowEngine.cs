using System.Text.Json.Nodes;
using GovCms.Content;
using GovCms.Data;
using GovCms.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Workflows.Engine;

/// <summary>
/// Runs workflows: starts a run when its first step's event happens, walks the steps by their outcomes,
/// stops where a step blocks, and goes on when the step is resumed. The state is saved after every step;
/// callers run it inside their transaction, so a failed step undoes the whole action.
/// </summary>
public sealed class WorkflowEngine(GovCmsDbContext db, ActivityCatalog activities, WorkflowDefinitionStore definitions, TimeProvider clock)
{
    private const int MaxStepsPerRun = 50;

    /// <summary>Resumes the runs of this item that wait for the event, and starts those the event begins.</summary>
    public Task<IReadOnlyList<WorkflowInstance>> TriggerAsync(
        string eventName, WorkflowContent content, JsonObject variables, string? actor, CancellationToken cancellationToken = default) =>
        TriggerAsync(eventName, WorkflowRecord.Of(content), content.ContentType, content, variables, actor, cancellationToken);

    /// <summary>The same for a module's record: definitions that list no content types.</summary>
    public Task<IReadOnlyList<WorkflowInstance>> TriggerAsync(
        string eventName, WorkflowRecord record, JsonObject variables, string? actor, CancellationToken cancellationToken = default) =>
        TriggerAsync(eventName, record, record.Kind, content: null, variables, actor, cancellationToken);

    private async Task<IReadOnlyList<WorkflowInstance>> TriggerAsync(
        string eventName, WorkflowRecord record, string coveredType, WorkflowContent? content, JsonObject variables, string? actor, CancellationToken cancellationToken)
    {
        var resumed = new HashSet<string>();
        var waiting = await db.Set<WorkflowInstance>()
            .Where(i => i.Status == WorkflowStatus.Waiting && i.RecordKind == record.Kind && i.RecordId == record.Id)
            .ToListAsync(cancellationToken);
        foreach (var instance in waiting.Where(i => WaitsFor(i, eventName)))
        {
            await ResumeAsync(instance, WorkflowOutcomes.Done, actor, variables, content, cancellationToken);
            resumed.Add(instance.DefinitionName);
        }

        var started = new List<WorkflowInstance>();
        foreach (var definition in await definitions.StartedByAsync(eventName, coveredType, cancellationToken))
        {
            if (!resumed.Contains(definition.Name))
            {
                started.Add(await StartAsync(definition, record, content, (JsonObject)variables.DeepClone(), actor, cancellationToken));
            }
        }

        return started;
    }

    /// <summary>Starts a run about a content item; its first step is the event that just happened, so it goes on from the second.</summary>
    public Task<WorkflowInstance> StartAsync(
        WorkflowDefinition definition, WorkflowContent? content, JsonObject variables, string? actor, CancellationToken cancellationToken = default) =>
        StartAsync(definition, content is null ? null : WorkflowRecord.Of(content), content, variables, actor, cancellationToken);

    private async Task<WorkflowInstance> StartAsync(
        WorkflowDefinition definition, WorkflowRecord? record, WorkflowContent? content, JsonObject variables, string? actor, CancellationToken cancellationToken)
    {
        var instance = new WorkflowInstance
        {
            Id = Guid.CreateVersion7().ToString("N"),
            DefinitionName = definition.Name,
            Definition = definition.ToJson(),
            RecordKind = record?.Kind,
            RecordId = record?.Id,
            ContentType = content?.ContentType ?? record?.Kind,
            ContentTitle = record?.Title,
            StartedBy = actor,
            CreatedUtc = Now,
        };
        db.Add(instance);
        await SaveAsync(instance, WorkflowStatus.Running, definition.Steps[0].Id, variables, content, cancellationToken);
        await RunAsync(instance, definition, definition.Next(definition.Steps[0], WorkflowOutcomes.Done), variables, content, actor, cancellationToken);
        return instance;
    }

    /// <summary>Goes on from the step the run waits on, with the outcome it was resumed with.</summary>
    /// <param name="input">Variables the resumption brings, e.g. the notes of a return.</param>
    /// <param name="content">The item as it is now, when the event that resumes the run changed it.</param>
    public async Task ResumeAsync(
        WorkflowInstance instance, string outcome, string? actor, JsonObject? input = null, WorkflowContent? content = null, CancellationToken cancellationToken = default)
    {
        if (instance.Status != WorkflowStatus.Waiting)
        {
            throw new WorkflowException("Quy trình này không còn chờ ai xử lý.");
        }

        var definition = WorkflowDefinition.Parse(instance.Definition);
        var step = definition.Step(instance.CurrentStepId)
            ?? throw new WorkflowException($"Bước \"{instance.CurrentStepId}\" không còn trong quy trình.");
        if (!activities.Get(step.Activity).Outcomes.Contains(outcome))
        {
            throw new WorkflowException($"Bước \"{activities.TitleOf(step)}\" không có kết quả \"{outcome}\".");
        }

        var variables = JsonNode.Parse(instance.Variables) as JsonObject ?? [];
        foreach (var (name, value) in input ?? [])
        {
            variables[name] = value?.DeepClone();
        }

        await RunAsync(instance, definition, definition.Next(step, outcome), variables, content ?? ContentOf(instance), actor, cancellationToken);
    }

    public static WorkflowContent? ContentOf(WorkflowInstance instance) =>
        instance is { RecordKind: WorkflowRecord.ContentKind, RecordId: { } id, ContentType: { } type, ContentVersion: int version }
            ? new WorkflowContent(id, type, instance.ContentTitle ?? "", version)
            : null;

    public static WorkflowRecord? RecordOf(WorkflowInstance instance, WorkflowContent? content = null) =>
        content is not null ? WorkflowRecord.Of(content)
        : instance is { RecordKind: { } kind, RecordId: { } id } ? new WorkflowRecord(kind, id, instance.ContentTitle ?? "") : null;

    private static bool WaitsFor(WorkflowInstance instance, string eventName) =>
        WorkflowDefinition.Parse(instance.Definition).Step(instance.CurrentStepId)?.Activity == eventName;

    private async Task RunAsync(
        WorkflowInstance instance, WorkflowDefinition definition, WorkflowStep? step, JsonObject variables, WorkflowContent? content, string? actor,
        CancellationToken cancellationToken)
    {
        for (var count = 0; step is not null; count++)
        {
            if (count == MaxStepsPerRun)
            {
                throw new WorkflowException($"Quy trình \"{definition.DisplayName}\" đã chạy {MaxStepsPerRun} bước liền: có thể có vòng lặp giữa các bước.");
            }

            var context = new ActivityContext(step, instance.Id, content, variables, actor) { Record = RecordOf(instance, content) };
            var result = await activities.Get(step.Activity).ExecuteAsync(context, cancellationToken);
            if (result.Error is { } error)
            {
                throw new WorkflowException(error);
            }

            content = context.Content;
            if (result.IsBlocked)
            {
                await SaveAsync(instance, WorkflowStatus.Waiting, step.Id, variables, content, cancellationToken);
                return;
            }

            step = definition.Next(step, result.Outcome!);
            await SaveAsync(instance, WorkflowStatus.Running, step?.Id, variables, content, cancellationToken);
        }

        await SaveAsync(instance, WorkflowStatus.Finished, null, variables, content, cancellationToken);
    }

    private async Task SaveAsync(
        WorkflowInstance instance, WorkflowStatus status, string? stepId, JsonObject variables, WorkflowContent? content, CancellationToken cancellationToken)
    {
        // A step that changed content has cleared the tracker: attach again before changing anything.
        if (db.Entry(instance).State == EntityState.Detached)
        {
            db.Attach(instance);
        }

        instance.Status = status;
        instance.CurrentStepId = stepId;
        instance.Variables = variables.ToJsonString(ContentJson.Options);
        if (content is not null || instance.RecordKind == WorkflowRecord.ContentKind)
        {
            instance.ContentVersion = content?.Version;
            instance.ContentTitle = content?.Title;
        }
        instance.ModifiedUtc = Now;
        instance.ConcurrencyStamp = Guid.NewGuid().ToString("N");
        await db.SaveChangesAsync(cancellationToken);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
