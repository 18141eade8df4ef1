using GovCms.Data;
using Microsoft.Data.Sqlite;

namespace GovCms.Tests.Infrastructure;

/// <summary>The host on a fresh SQLite file in a temporary folder, removed afterwards.</summary>
public class SqliteSite : GovCmsSite
{
    private readonly string _folder = Directory.CreateTempSubdirectory("govcms-test-").FullName;

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override string ConnectionString => $"Data Source={Path.Combine(_folder, "govcms.db")}";

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
        {
            return;
        }

        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
