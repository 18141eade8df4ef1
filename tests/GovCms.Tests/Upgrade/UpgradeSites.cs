using System.Diagnostics;
using System.Text.Json.Nodes;
using GovCms.Data;
using GovCms.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace GovCms.Tests.Upgrade;

/// <summary>The fixtures of tests/fixtures/upgrade: databases made by the previous release (make-fixtures.sh remakes them).</summary>
public static class UpgradeFixture
{
    public static string Folder => Path.Combine(RepositoryFolders.Root, "tests", "fixtures", "upgrade");

    public static JsonObject Expected { get; } = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "expected.json")))!.AsObject();

    public static string Password => Expected["password"]!.GetValue<string>();

    public static IReadOnlyDictionary<string, long> Counts =>
        Expected["counts"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<long>());
}

/// <summary>The current host started on a copy of the previous release's SQLite file: it migrates it at startup.</summary>
public class UpgradedSqliteSite : GovCmsSite
{
    private readonly string _folder = Directory.CreateTempSubdirectory("govcms-upgrade-").FullName;

    public UpgradedSqliteSite()
        : this(beforeUpgrade: null)
    {
    }

    /// <param name="beforeUpgrade">SQL run on the previous release's database before the host migrates it (data of that release a test needs).</param>
    protected UpgradedSqliteSite(string? beforeUpgrade)
    {
        File.Copy(Path.Combine(UpgradeFixture.Folder, "govcms.sqlite.db"), Path.Combine(_folder, "govcms.db"));
        if (beforeUpgrade is not null)
        {
            using var connection = new SqliteConnection(ConnectionString);
            connection.Open();
            using var command = new SqliteCommand(beforeUpgrade, connection);
            command.ExecuteNonQuery();
        }
    }

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override string ConnectionString => $"Data Source={Path.Combine(_folder, "govcms.db")}";

    protected override bool WithDemo => false;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }
    }
}

/// <summary>The current host on a new database of the test server restored from the previous release's dump (psql).</summary>
public class UpgradedPostgreSqlSite : GovCmsSite
{
    private readonly string _server = Environment.GetEnvironmentVariable(PostgreSqlSite.ServerVariable)
        ?? throw new InvalidOperationException($"{PostgreSqlSite.ServerVariable} is not set: run the suite with ./test.sh.");

    private readonly string _database = "govcms_upgrade_" + Guid.NewGuid().ToString("N")[..12];

    public UpgradedPostgreSqlSite()
        : this(beforeUpgrade: null)
    {
    }

    /// <param name="beforeUpgrade">SQL run on the restored database before the host migrates it.</param>
    protected UpgradedPostgreSqlSite(string? beforeUpgrade)
    {
        using (var connection = new NpgsqlConnection(_server))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", connection);
            create.ExecuteNonQuery();
        }

        var server = new NpgsqlConnectionStringBuilder(_server);
        var psql = Process.Start(new ProcessStartInfo("psql",
            ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", server.Host!, "-p", server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
             "-U", server.Username ?? "postgres", "-d", _database, "-f", Path.Combine(UpgradeFixture.Folder, "govcms.postgresql.sql")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        var errors = psql.StandardError.ReadToEnd();
        psql.StandardOutput.ReadToEnd();
        psql.WaitForExit();
        if (psql.ExitCode != 0)
        {
            throw new InvalidOperationException($"Restoring the upgrade fixture failed: {errors}");
        }

        if (beforeUpgrade is not null)
        {
            using var connection = new NpgsqlConnection(ConnectionString);
            connection.Open();
            using var command = new NpgsqlCommand(beforeUpgrade, connection);
            command.ExecuteNonQuery();
        }
    }

    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    protected override string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = _database }.ConnectionString;

    protected override bool WithDemo => false;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(_server);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }
    }
}
