using System.Text.Json.Nodes;
using GovCms.Data;
using GovCms.Security;
using GovCms.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GovCms.Jobs;

/// <summary>
/// Runs the due jobs of every site, whether or not anyone visited it. A job is first claimed with a conditional
/// UPDATE (only a job nobody holds, or whose holder's lease ran out, can be claimed), so of several hosts sharing
/// the database exactly one runs it. The work and the mark "completed" commit in one transaction, and the mark is
/// conditioned on still holding the claim: a host that lost its lease undoes its work instead of doing it twice.
/// A job with an order key waits until the earlier jobs of its key are done or given up.
/// </summary>
public sealed partial class JobRunner(
    IServiceScopeFactory scopes,
    ITenantCatalog catalog,
    TimeProvider clock,
    IOptions<JobOptions> options,
    ILogger<JobRunner> logger)
{
    private const int BatchSize = 100;

    /// <summary>Identifies this host in the claims it makes.</summary>
    public string Node { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Runs what is due now; returns how many jobs this node ran.</summary>
    public async Task<int> RunDueAsync(string node, CancellationToken cancellationToken = default)
    {
        var ran = 0;
        foreach (var id in await DueAsync(cancellationToken))
        {
            if (await ClaimAsync(id, node, cancellationToken) && await RunAsync(id, node, cancellationToken))
            {
                ran++;
            }
        }

        return ran;
    }

    private async Task<List<long>> DueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await Claimable(Jobs(scope), Now)
            .OrderBy(j => j.DueUtc).ThenBy(j => j.Id)
            .Select(j => j.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
    }

    private async Task<bool> ClaimAsync(long id, string node, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var now = Now;
        var claimed = await Claimable(Jobs(scope).Where(j => j.Id == id), now)
            .ExecuteUpdateAsync(set => set.SetProperty(j => j.ClaimedBy, node).SetProperty(j => j.ClaimedUtc, now), cancellationToken);
        return claimed == 1;
    }

    /// <summary>Due, not completed, held by nobody (or by a host whose lease ran out), and first of its order key.</summary>
    private IQueryable<ScheduledJob> Claimable(IQueryable<ScheduledJob> jobs, DateTime now)
    {
        var expired = now - Lease;
        var all = jobs;
        return jobs.Where(j => j.CompletedUtc == null && j.DueUtc <= now && (j.ClaimedBy == null || j.ClaimedUtc < expired)
            && (j.OrderKey == null || !all.Any(earlier => earlier.OrderKey == j.OrderKey && earlier.CompletedUtc == null && earlier.Id < j.Id)));
    }

    private async Task<bool> RunAsync(long id, string node, CancellationToken cancellationToken)
    {
        ScheduledJob? job = null;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            job = await Jobs(scope).AsNoTracking().SingleAsync(j => j.Id == id, cancellationToken);
            var tenant = catalog.Find(job.TenantId) ?? throw new InvalidOperationException($"Tenant {job.TenantId} no longer exists.");
            scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Set(tenant);
            scope.ServiceProvider.GetRequiredService<CurrentActor>().RunAsSystem(job.Kind, job.InstanceId);
            var handler = scope.ServiceProvider.GetServices<IJobHandler>().FirstOrDefault(h => h.Kind == job.Kind)
                ?? throw new InvalidOperationException($"No handler for jobs of kind '{job.Kind}'.");

            var db = scope.ServiceProvider.GetRequiredService<GovCmsDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await handler.RunAsync(ToJob(job), cancellationToken);
            var completed = await Jobs(scope)
                .Where(j => j.Id == id && j.ClaimedBy == node)
                .ExecuteUpdateAsync(set => set.SetProperty(j => j.CompletedUtc, Now).SetProperty(j => j.Error, (string?)null), cancellationToken);
            if (completed == 0)
            {
                LostClaim(logger, id, node);
                return false;
            }

            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (JobRefusedException e)
        {
            await RecordFailureAsync(id, node, e.Message, giveUp: true, cancellationToken);
            return false;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            JobFailed(logger, e, id, job?.Kind ?? "?", job?.TenantId ?? 0);
            await RecordFailureAsync(id, node, e.Message, giveUp: false, cancellationToken);
            return false;
        }
    }

    public static Job ToJob(ScheduledJob job) =>
        new(job.Id, job.Kind, job.TenantId, JsonNode.Parse(job.Payload) as JsonObject ?? [])
        {
            ContentItemId = job.ContentItemId,
            ContentVersion = job.ContentVersion,
            InstanceId = job.InstanceId,
            CreatedBy = job.CreatedBy,
            DueUtc = job.DueUtc,
            Attempts = job.Attempts,
        };

    /// <summary>Releases the claim and tries again later (after 2, 4, 8... minutes), or gives up after the last attempt (or at once when the job was refused).</summary>
    private async Task RecordFailureAsync(long id, string node, string error, bool giveUp, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var job = await Jobs(scope).SingleAsync(j => j.Id == id, cancellationToken);
        if (job.ClaimedBy != node)
        {
            return;
        }

        var now = Now;
        job.Attempts++;
        job.Error = error.Length > 2000 ? error[..2000] : error;
        job.ClaimedBy = null;
        job.ClaimedUtc = null;
        if (giveUp || job.Attempts >= options.Value.MaxAttempts)
        {
            job.CompletedUtc = now;
        }
        else
        {
            job.DueUtc = now + TimeSpan.FromMinutes(Math.Pow(2, job.Attempts));
        }

        var db = scope.ServiceProvider.GetRequiredService<GovCmsDbContext>();
        using (db.CrossTenantWrites())
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>The runner claims the due jobs of every site at once.</summary>
    private static IQueryable<ScheduledJob> Jobs(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<ITenantScopes>().Query<ScheduledJob>(SiteScope.Everywhere);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private TimeSpan Lease => TimeSpan.FromMinutes(options.Value.LeaseMinutes);

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Job {JobId} of tenant {TenantId} ({Kind}) failed")]
    private static partial void JobFailed(ILogger logger, Exception exception, long jobId, string kind, int tenantId);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Job {JobId}: node {Node} lost its claim while running it; its work was undone")]
    private static partial void LostClaim(ILogger logger, long jobId, string node);
}
