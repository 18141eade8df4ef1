using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GovCms.Data;

/// <summary>
/// synchronous=NORMAL is safe with WAL (set once at startup) against a killed process: only a power
/// loss can drop the last commits. It is a per-connection setting, hence the interceptor.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Run(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Run(connection);
        return Task.CompletedTask;
    }

    private static void Run(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
