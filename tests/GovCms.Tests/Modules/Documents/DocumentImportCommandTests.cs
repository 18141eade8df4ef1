using System.Diagnostics;
using System.Text;
using GovCms.Content.Indexing;
using GovCms.Documents;
using GovCms.Hosting;
using GovCms.Tenants;
using GovCms.Tests.Infrastructure;
using GovCms.Web;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Modules.Documents;

/// <summary>
/// "documents import" as an operator runs it: the built host started as a child process with the command (a verb the
/// module declares), on a temporary SQLite database with one site where the module is on. Exit codes, the summary
/// and the rows in error; a second run skips everything; a wrong site or a site where the module is off changes nothing.
/// </summary>
public sealed class DocumentImportCommandTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("govcms-documents-import-").FullName;
    private ServiceProvider _services = null!;

    private string Database => Path.Combine(_folder, "govcms.db");

    public async Task InitializeAsync()
    {
        _services = await OpenDatabaseAsync();
        await using var scope = _services.CreateAsyncScope();
        var tenants = scope.ServiceProvider.GetRequiredService<TenantService>();
        foreach (var (code, name, slug, features) in new[] { ("94", "Tỉnh Thử Nghiệm", "tinh-thu-nghiem", new[] { DocumentsModule.Id }), ("95", "Tỉnh Tắt", "tinh-tat", Array.Empty<string>()) })
        {
            var created = await tenants.CreateAsync(new TenantCreateRequest { Name = code, DisplayName = name, Slug = slug, Level = "province", UrlPrefix = slug, Features = [.. features] });
            Assert.True(created.Succeeded, created.Message);
        }
    }

    [Fact]
    public async Task The_command_imports_with_a_summary_lists_bad_rows_and_a_second_run_skips_everything()
    {
        var csv = Write("so.csv", """
            Số ký hiệu;Ngày ban hành;Trích yếu;Loại văn bản
            15/QĐ-UBND;02/03/2025;Về việc ban hành Kế hoạch chuyển đổi số;Quyết định
            16/QĐ-UBND;30/02/2025;Ngày sai;Quyết định
            17/KH-UBND;04/03/2025;Kế hoạch tuyên truyền;Kế hoạch
            """);

        var (exitCode, output) = await RunAsync("documents", "import", csv, "--site", "tinh-thu-nghiem");

        Assert.True(exitCode == 1, output);
        Assert.Matches(@"Đã tạo\s+│\s+2", output);
        Assert.Contains("Các dòng bị lỗi", output);
        Assert.Matches(@"│ 3\s+│ 16/QĐ-UBND\s+│ Ngày ban hành: «30/02/2025» không phải ngày", output);
        Assert.Equal(["15", "17"], (await RegistryAsync("tinh-thu-nghiem")).Select(r => r.Number).Order());

        var fixedCsv = Write("so-sua.csv", File.ReadAllText(csv).Replace("30/02/2025", "03/03/2025"));
        var (again, rerun) = await RunAsync("documents", "import", fixedCsv, "--site", "94", "--publish");

        Assert.True(again == 0, rerun);
        Assert.Matches(@"Đã tạo\s+│\s+1", rerun);
        Assert.Matches(@"Đã có, bỏ qua\s+│\s+2", rerun);
        var registry = await RegistryAsync("tinh-thu-nghiem");
        Assert.Equal(["15", "16", "17"], registry.Select(r => r.Number).Order());
        Assert.True(registry.Single(r => r.Number == "16").Published);
    }

    [Fact]
    public async Task A_wrong_command_line_a_missing_file_an_unknown_site_or_a_site_without_the_module_is_refused_with_exit_code_2()
    {
        var csv = Write("x.csv", "Số ký hiệu,Ngày ban hành,Trích yếu,Loại văn bản\n1/QĐ-UBND,02/03/2025,Văn bản,Quyết định");

        var noSite = await RunAsync("documents", "import", csv);
        Assert.True(noSite.ExitCode == 2, noSite.Output);
        Assert.Contains("Thiếu --site", noSite.Output);
        var unknown = await RunAsync("documents", "import", csv, "--site", "xa-khong-co");
        Assert.True(unknown.ExitCode == 2, unknown.Output);
        Assert.Contains("Không có cổng \"xa-khong-co\"", unknown.Output);
        var off = await RunAsync("documents", "import", csv, "--site", "tinh-tat");
        Assert.True(off.ExitCode == 2, off.Output);
        Assert.Contains("Tính năng \"Văn bản\" chưa bật trên cổng Tỉnh Tắt", off.Output);
        var missing = await RunAsync("documents", "import", Path.Combine(_folder, "khong-co.xlsx"), "--site", "tinh-thu-nghiem");
        Assert.True(missing.ExitCode == 2, missing.Output);
        var notXlsx = await RunAsync("documents", "import", Write("gia.xlsx", "không phải Excel"), "--site", "tinh-thu-nghiem");
        Assert.True(notXlsx.ExitCode == 2, notXlsx.Output);
        Assert.Contains("không phải tệp Excel", notXlsx.Output);
        Assert.Empty(await RegistryAsync("tinh-thu-nghiem"));
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content.ReplaceLineEndings("\n"), new UTF8Encoding(true));
        return path;
    }

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(RepositoryFolders.HostAssembly),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(RepositoryFolders.HostAssembly);
        arguments.ToList().ForEach(start.ArgumentList.Add);
        start.Environment["GovCms__Database__Provider"] = "Sqlite";
        start.Environment["GovCms__Database__ConnectionString"] = $"Data Source={Database}";
        start.Environment["GovCms__Media__Root"] = Path.Combine(_folder, "media");
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["COLUMNS"] = "200";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }

    private async Task<List<DocumentIndex>> RegistryAsync(string slug)
    {
        var catalog = _services.GetRequiredService<ITenantCatalog>();
        await catalog.RefreshAsync(catalog.FindByPrefix(slug)!.Id);
        await using var scope = _services.CreateAsyncScope();
        var tenant = catalog.FindByPrefix(slug)!;
        scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Set(tenant);
        return await scope.ServiceProvider.GetRequiredService<IContentIndex<DocumentIndex>>()
            .Query(SiteScope.Site(tenant.Id), IndexedVersion.Latest).AsNoTracking().ToListAsync();
    }

    /// <summary>The host's services on the command's database (migrated here first), to set it up and read it as the host would.</summary>
    private Task<ServiceProvider> OpenDatabaseAsync() =>
        EngineServices.OpenAsync(new Dictionary<string, string?>
        {
            ["GovCms:Database:ConnectionString"] = $"Data Source={Database};Pooling=False",
            ["GovCms:Media:Root"] = Path.Combine(_folder, "media"),
        }, _folder);

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
