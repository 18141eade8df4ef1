using GovCms.Data;
using Npgsql;

namespace GovCms.Tests.Infrastructure;

/// <summary>
/// The host on a fresh database of the PostgreSQL server that the test script starts; the server's
/// connection string comes from GOVCMS_TEST_POSTGRES. The database is dropped afterwards.
/// </summary>
public class PostgreSqlSite : GovCmsSite
{
    public const string ServerVariable = "GOVCMS_TEST_POSTGRES";

    private readonly string _server;
    private readonly string _database = "govcms_test_" + Guid.NewGuid().ToString("N")[..12];

    public PostgreSqlSite()
    {
        _server = Environment.GetEnvironmentVariable(ServerVariable)
            ?? throw new InvalidOperationException(
                $"{ServerVariable} is not set: PostgreSQL tests need the server that ./test.sh starts. Run the suite with ./test.sh.");
    }

    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    protected override string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = _database }.ConnectionString;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }
}
