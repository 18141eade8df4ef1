using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace GovCms.Data;

/// <summary>
/// A transaction of one operation that may also run inside a caller's transaction (provisioning a
/// tenant runs many operations in one). Only the code that began it commits or rolls it back;
/// joined, <see cref="CommitAsync"/> does nothing and the caller decides.
/// </summary>
public sealed class JoinableTransaction : IAsyncDisposable
{
    private readonly IDbContextTransaction? _own;

    private JoinableTransaction(IDbContextTransaction? own) => _own = own;

    /// <summary>True when the caller's transaction was joined: its commit is still to come.</summary>
    public bool JoinsCaller => _own is null;

    public static async Task<JoinableTransaction> BeginAsync(DatabaseFacade database, CancellationToken cancellationToken) =>
        new(database.CurrentTransaction is null ? await database.BeginTransactionAsync(cancellationToken) : null);

    public Task CommitAsync(CancellationToken cancellationToken) => _own?.CommitAsync(cancellationToken) ?? Task.CompletedTask;

    public ValueTask DisposeAsync() => _own?.DisposeAsync() ?? ValueTask.CompletedTask;
}

public static class JoinableTransactions
{
    /// <summary>Begins a transaction, or joins the one the caller already began.</summary>
    public static Task<JoinableTransaction> BeginOrJoinTransactionAsync(this DatabaseFacade database, CancellationToken cancellationToken = default) =>
        JoinableTransaction.BeginAsync(database, cancellationToken);
}
