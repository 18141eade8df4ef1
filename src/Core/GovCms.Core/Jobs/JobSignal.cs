using GovCms.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GovCms.Jobs;

/// <summary>Wakes this host's runner when a change queued work for now, so it runs right after the commit, not at the next poll.</summary>
public sealed class JobSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Wake()
    {
        if (_signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Woken twice at once: one wake-up is enough.
            }
        }
    }

    /// <summary>Waits for a wake-up or the interval, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan interval, CancellationToken cancellationToken) => await _signal.WaitAsync(interval, cancellationToken);
}

/// <summary>
/// Notices a save that stored jobs and wakes the runner once they are committed (through <see cref="AfterCommit"/>:
/// at once outside a transaction, else when the caller's transaction commits; never when it rolls back).
/// </summary>
internal sealed class JobsSavedInterceptor(JobSignal signal) : SaveChangesInterceptor
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, object> Queued = new();

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Notice(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Notice(eventData.Context);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && Queued.Remove(context))
        {
            await AfterCommit.RunAsync(context, _ =>
            {
                signal.Wake();
                return Task.CompletedTask;
            }, cancellationToken);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    private static void Notice(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries<ScheduledJob>().Any(e => e.State == EntityState.Added))
        {
            Queued.AddOrUpdate(context, true);
        }
    }
}
