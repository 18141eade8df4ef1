using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GovCms.Data;

/// <summary>
/// Work that must wait until what a context wrote is committed, such as reading a changed tenant into the catalog:
/// run at once outside a transaction, else when the context's transaction commits (dropped when it rolls back).
/// An operation that joins a caller's transaction (a workflow decision, a scheduled job) thus refreshes caches
/// only once the caller has committed.
/// </summary>
public sealed class AfterCommit : DbTransactionInterceptor
{
    public static readonly AfterCommit Interceptor = new();

    private static readonly ConditionalWeakTable<DbContext, List<Func<CancellationToken, Task>>> Pending = new();

    private AfterCommit()
    {
    }

    public static async Task RunAsync(DbContext db, Func<CancellationToken, Task> work, CancellationToken cancellationToken = default)
    {
        if (db.Database.CurrentTransaction is null)
        {
            await work(cancellationToken);
            return;
        }

        lock (Pending)
        {
            Pending.GetOrCreateValue(db).Add(work);
        }
    }

    public override async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        foreach (var work in Take(eventData.Context))
        {
            await work(cancellationToken);
        }
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        foreach (var work in Take(eventData.Context))
        {
            work(CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    // A transaction disposed without commit or rollback leaves no event: its work is dropped when the next one starts.
    public override ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        Take(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Take(eventData.Context);
        return result;
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Take(eventData.Context);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Take(eventData.Context);

    private static List<Func<CancellationToken, Task>> Take(DbContext? context)
    {
        if (context is null)
        {
            return [];
        }

        lock (Pending)
        {
            if (!Pending.TryGetValue(context, out var work))
            {
                return [];
            }

            Pending.Remove(context);
            return work;
        }
    }
}
