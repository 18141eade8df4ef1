using GovCms.Data;
using GovCms.Security;
using GovCms.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GovCms.Jobs;

/// <summary>
/// Turns recurring jobs into jobs. For a job of sites, the host that moves the shared next time forward (a
/// conditional UPDATE on the time it read) queues that occurrence's jobs, one per site, in the same transaction;
/// the other hosts' UPDATE then matches nothing, so each occurrence is planned once. Jobs of hosts run on every
/// host, each keeping its own next time.
/// </summary>
public sealed partial class RecurringJobPlanner(
    IEnumerable<RecurringJob> declared,
    IServiceScopeFactory scopes,
    ITenantCatalog catalog,
    TimeProvider clock,
    ILogger<RecurringJobPlanner> logger)
{
    private readonly IReadOnlyList<RecurringJob> _jobs = Checked(declared);
    private readonly Dictionary<string, DateTime> _hostNext = [];

    public async Task PlanAsync(string node, CancellationToken cancellationToken)
    {
        foreach (var job in _jobs)
        {
            try
            {
                if (job.Scope == JobScope.PerSite)
                {
                    await PlanSitesAsync(job, node, cancellationToken);
                }
                else
                {
                    await RunOnThisHostAsync(job, cancellationToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                PlanFailed(logger, e, job.Name);
            }
        }
    }

    private async Task PlanSitesAsync(RecurringJob job, string node, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GovCmsDbContext>();
        var now = Now;
        var state = await db.Set<RecurringJobState>().AsNoTracking().SingleOrDefaultAsync(r => r.Name == job.Name, cancellationToken);
        if (state is null)
        {
            db.Add(new RecurringJobState { Name = job.Name, NextDueUtc = RecurringSchedule.Next(job, now) });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another host declared it at the same moment.
            }

            return;
        }

        if (state.NextDueUtc > now)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var next = RecurringSchedule.Next(job, now);
        var planned = await db.Set<RecurringJobState>()
            .Where(r => r.Name == job.Name && r.NextDueUtc == state.NextDueUtc)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.NextDueUtc, next).SetProperty(r => r.LastRunUtc, now).SetProperty(r => r.LastRunBy, node), cancellationToken);
        if (planned == 0)
        {
            return;
        }

        foreach (var site in Sites().Where(s => s.State == TenantState.Running && (job.Feature is null || s.HasFeature(job.Feature))))
        {
            db.Add(new ScheduledJob
            {
                TenantId = site.Id,
                Kind = job.Kind,
                DueUtc = now,
                CreatedUtc = now,
                Payload = new System.Text.Json.Nodes.JsonObject { ["recurring"] = job.Name, ["occurrenceUtc"] = state.NextDueUtc }.ToJsonString(),
            });
        }

        using (db.CrossTenantWrites())
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private async Task RunOnThisHostAsync(RecurringJob job, CancellationToken cancellationToken)
    {
        var now = Now;
        if (!_hostNext.TryGetValue(job.Name, out var due))
        {
            _hostNext[job.Name] = RecurringSchedule.Next(job, now);
            return;
        }

        if (due > now)
        {
            return;
        }

        _hostNext[job.Name] = RecurringSchedule.Next(job, now);
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().RunAsSystem(job.Kind, null);
        var handler = scope.ServiceProvider.GetServices<IJobHandler>().FirstOrDefault(h => h.Kind == job.Kind)
            ?? throw new InvalidOperationException($"No handler for jobs of kind '{job.Kind}'.");
        await handler.RunAsync(new Job(0, job.Kind, 0, new() { ["recurring"] = job.Name, ["occurrenceUtc"] = due }) { DueUtc = due }, cancellationToken);
    }

    /// <summary>Every site of the tree, from the root down.</summary>
    private IEnumerable<TenantContext> Sites()
    {
        var pending = new Stack<TenantContext>(catalog.Root is { } root ? [root] : []);
        while (pending.TryPop(out var site))
        {
            yield return site;
            foreach (var child in catalog.Children(site.Id))
            {
                pending.Push(child);
            }
        }
    }

    private static List<RecurringJob> Checked(IEnumerable<RecurringJob> jobs)
    {
        var list = jobs.ToList();
        list.ForEach(RecurringSchedule.Check);
        if (list.GroupBy(j => j.Name).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new InvalidOperationException($"Recurring job '{twice.Key}' is declared twice.");
        }

        return list;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Planning the recurring job {Name} failed")]
    private static partial void PlanFailed(ILogger logger, Exception exception, string name);
}
