using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using GovCms.Hosting;
using GovCms.Tests.Infrastructure;
using GovCms.Web;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Provisioning;

/// <summary>
/// The "tenants import" command as a user runs it: the host started as a child process on a temporary SQLite
/// database. Killing it in the middle must leave only complete tenants, and running it again must finish the rest.
/// </summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("govcms-import-").FullName;

    private string Database => Path.Combine(_folder, "govcms.db");

    [Fact]
    public async Task A_killed_import_leaves_only_complete_tenants_and_a_rerun_finishes_without_duplicates()
    {
        var csv = WriteCsv("units.csv", SyntheticProvince(districts: 12, communesEach: 25));
        const int total = 1 + 12 + 12 * 25;

        using (var killed = StartImport(csv))
        {
            await WaitForTenantsAsync(killed, atLeast: 40);
            killed.Kill(entireProcessTree: true);
            await killed.WaitForExitAsync();
        }

        await using (var services = await OpenDatabaseAsync())
        {
            var tenants = await SiteInspection.TenantsAsync(services);
            Assert.InRange(tenants.Count, 40, total - 1);
            foreach (var tenant in tenants)
            {
                SiteInspection.AssertUnitRecipeApplied(await SiteInspection.ReadAsync(services, tenant.Id));
            }
        }

        var (exitCode, output) = await RunImportAsync(csv);
        Assert.True(exitCode == 0, output);
        Assert.Contains("Đã có, bỏ qua", output);
        await using (var services = await OpenDatabaseAsync())
        {
            var tenants = await SiteInspection.TenantsAsync(services);
            Assert.Equal(total, tenants.Count);
            Assert.Equal(total, tenants.Select(t => t.Name).Distinct().Count());
            Assert.Equal(total, tenants.Select(t => t.Slug).Distinct().Count());
            Assert.Contains(tenants, t => t.Slug == "xa-an-binh");
            Assert.Contains(tenants, t => t.Slug == "xa-an-binh-930201");
            foreach (var tenant in tenants)
            {
                SiteInspection.AssertUnitRecipeApplied(await SiteInspection.ReadAsync(services, tenant.Id));
            }
        }
    }

    [Fact]
    public async Task Bad_rows_are_listed_by_line_the_good_ones_imported_and_the_exit_code_says_so()
    {
        var csv = WriteCsv("units.csv", """
            level,code,name,type,parent_code
            province,94,Tỉnh Thử Nghiệm,Tỉnh,
            district,9401,Huyện Một,Huyện,94
            commune,940101,Xã Có Cấp Trên Lạ,Xã,77
            commune,940102,Xã Thiếu Cột,Xã
            commune,940103,Xã Tốt,Xã,9401
            """);

        var (exitCode, output) = await RunImportAsync(csv);

        Assert.True(exitCode == 1, output);
        Assert.Contains("Các dòng bị lỗi", output);
        Assert.Contains("940101", output);
        Assert.Contains("940102", output);
        await using var services = await OpenDatabaseAsync();
        Assert.Equal(["94", "9401", "940103"], (await SiteInspection.TenantsAsync(services)).Select(t => t.Name));

        var (usage, _) = await RunImportAsync(Path.Combine(_folder, "khong-co.csv"));
        Assert.Equal(2, usage);
    }

    [Fact]
    public async Task A_rerun_lists_the_skipped_rows_and_warns_about_a_code_that_now_carries_another_name()
    {
        var csv = WriteCsv("units.csv", """
            level,code,name,type,parent_code
            province,95,Tỉnh Thử Nghiệm,Tỉnh,
            district,9501,Huyện Một,Huyện,95
            """);
        Assert.Equal(0, (await RunImportAsync(csv)).ExitCode);
        var renamed = WriteCsv("renamed.csv", """
            level,code,name,type,parent_code
            province,95,Tỉnh Thử Nghiệm,Tỉnh,
            district,9501,Huyện Đổi Tên,Huyện,95
            """);

        var (exitCode, output) = await RunImportAsync(renamed);

        Assert.True(exitCode == 0, output);
        Assert.Contains("Các dòng bỏ qua", output);
        Assert.Contains("Cảnh báo: 1 mã", output);
        Assert.Matches(@"│ 2\s+│ 95\s+│ Tỉnh Thử Nghiệm", output);
        Assert.Matches(@"│ 3\s+│ 9501\s+│ Huyện Đổi Tên", output);
    }

    /// <summary>One province with districts of communes whose names repeat from one district to the next, as they do across the country.</summary>
    private static string SyntheticProvince(int districts, int communesEach)
    {
        string[] names = ["An Bình", "Phú Lợi", "Tân Lập", "Hòa Bình", "Quảng Thành", "Đông Hưng", "Xuân Phú", "Thành Công", "Hưng Đạo", "Minh Khai"];
        var csv = new StringBuilder("level,code,name,type,parent_code\nprovince,93,Tỉnh Thử Nghiệm,Tỉnh,\n");
        for (var d = 1; d <= districts; d++)
        {
            csv.Append($"district,93{d:D2},Huyện Số {d},Huyện,93\n");
            for (var c = 1; c <= communesEach; c++)
            {
                var name = $"Xã {names[(c - 1) % names.Length]}{(c > names.Length ? $" {(c - 1) / names.Length + 1}" : "")}";
                csv.Append($"commune,93{d:D2}{c:D2},{name},Xã,93{d:D2}\n");
            }
        }

        return csv.ToString();
    }

    private string WriteCsv(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content.ReplaceLineEndings("\n"));
        return path;
    }

    private Process StartImport(string csv)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            // The host's folder is its content root there, with its appsettings.json.
            WorkingDirectory = Path.GetDirectoryName(RepositoryFolders.HostAssembly),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in new[] { RepositoryFolders.HostAssembly, "tenants", "import", csv })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GovCms__Database__Provider"] = "Sqlite";
        start.Environment["GovCms__Database__ConnectionString"] = $"Data Source={Database}";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        return Process.Start(start)!;
    }

    private async Task<(int ExitCode, string Output)> RunImportAsync(string csv)
    {
        using var process = StartImport(csv);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }

    /// <summary>Waits, reading the database as the import writes it, until it holds enough tenants to be killed in the middle.</summary>
    private async Task WaitForTenantsAsync(Process import, int atLeast)
    {
        var output = new ConcurrentQueue<string?>();
        import.OutputDataReceived += (_, e) => output.Enqueue(e.Data);
        import.ErrorDataReceived += (_, e) => output.Enqueue(e.Data);
        import.BeginOutputReadLine();
        import.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            if (import.HasExited)
            {
                Assert.Fail($"The import ended before it could be killed: {string.Join(Environment.NewLine, output)}");
            }

            if (File.Exists(Database) && await CountTenantsAsync() >= atLeast)
            {
                return;
            }

            await Task.Delay(20);
        }

        Assert.Fail($"The import did not reach {atLeast} tenants: {string.Join(Environment.NewLine, output)}");
    }

    private async Task<long> CountTenantsAsync()
    {
        try
        {
            await using var connection = new SqliteConnection($"Data Source={Database};Mode=ReadOnly;Pooling=False");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM Tenant";
            return (long)(await command.ExecuteScalarAsync())!;
        }
        catch (SqliteException)
        {
            return 0; // the tables are not migrated yet
        }
    }

    /// <summary>The host's services on the import's database, to read it as the host would.</summary>
    private Task<ServiceProvider> OpenDatabaseAsync() =>
        EngineServices.OpenAsync(new Dictionary<string, string?>
        {
            ["GovCms:Database:ConnectionString"] = $"Data Source={Database};Pooling=False",
            ["GovCms:Database:MigrateOnStartup"] = "false",
        }, _folder);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
