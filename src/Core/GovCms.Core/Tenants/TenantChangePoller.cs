using GovCms.Data;
using GovCms.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GovCms.Tenants;

/// <summary>
/// Keeps this host's tenant catalog in step with changes made by other hosts and by the command line: every
/// <see cref="TenancyOptions.ChangePollSeconds"/> it reads the rows of the change log written since the last
/// look, reloads those tenants (with the chains below them) and drops cached permissions; now and then it
/// removes rows older than <see cref="TenancyOptions.ChangeRetentionHours"/>.
/// </summary>
internal sealed partial class TenantChangePoller(
    IServiceScopeFactory scopeFactory,
    TenantCatalog catalog,
    PermissionVersion permissionVersion,
    IOptions<TenancyOptions> options,
    TimeProvider clock,
    ILogger<TenantChangePoller> logger) : BackgroundService
{
    private const int BatchSize = 500;
    private static readonly TimeSpan TrimEvery = TimeSpan.FromMinutes(10);

    private DateTime _lastTrimUtc = DateTime.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var cursor = new TenantChangeCursor(catalog.ChangesReadUpTo);
        var interval = TimeSpan.FromSeconds(Math.Max(0.05, options.Value.ChangePollSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PollAsync(cursor, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be briefly away; the cursor stays where it was and the next poll tries again.
                PollFailed(logger, e);
            }

            try
            {
                await Task.Delay(interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Reads and applies what changed since the cursor; returns how many changes it read.</summary>
    internal async Task<int> PollAsync(TenantChangeCursor cursor, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GovCmsDbContext>();
        var read = 0;
        while (true)
        {
            var last = cursor.LastId;
            var missing = cursor.Missing.ToList();
            var changes = await db.Set<TenantChange>().AsNoTracking()
                .Where(c => c.Id > last || missing.Contains(c.Id))
                .OrderBy(c => c.Id).Take(BatchSize)
                .Select(c => new { c.Id, c.TenantId })
                .ToListAsync(cancellationToken);
            cursor.Saw(changes.Select(c => c.Id), clock.GetUtcNow().UtcDateTime);
            foreach (var tenantId in changes.Select(c => c.TenantId).Distinct())
            {
                await catalog.RefreshAsync(tenantId, cancellationToken);
            }

            if (changes.Count > 0)
            {
                permissionVersion.Bump();
            }

            read += changes.Count;
            if (changes.Count < BatchSize)
            {
                break;
            }
        }

        await TrimAsync(db, cancellationToken);
        return read;
    }

    private async Task TrimAsync(GovCmsDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (now - _lastTrimUtc < TrimEvery)
        {
            return;
        }

        _lastTrimUtc = now;
        var before = now - TimeSpan.FromHours(options.Value.ChangeRetentionHours);
        await db.Set<TenantChange>().Where(c => c.ChangedUtc < before).ExecuteDeleteAsync(cancellationToken);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Reading the tenant change log failed; trying again at the next poll")]
    private static partial void PollFailed(ILogger logger, Exception exception);
}
