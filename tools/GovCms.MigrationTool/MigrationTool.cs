using System.Reflection;
using GovCms.Data;
using GovCms.Hosting;
using GovCms.Web;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.MigrationTool;

/// <summary>
/// Scaffolds a migration for every database provider from the host's full model (all modules):
/// <c>dotnet run --project tools/GovCms.MigrationTool -- add NameOfChange</c>.
/// </summary>
public static class MigrationTool
{
    public static int Main(string[] args)
    {
        if (args is not ["add", var name])
        {
            Console.Error.WriteLine("usage: add <MigrationName>");
            return 2;
        }

        var repositoryRoot = FindRepositoryRoot();
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            var assemblyName = provider == DatabaseProvider.Sqlite ? DataServices.SqliteMigrationsAssembly : DataServices.PostgreSqlMigrationsAssembly;
            var projectDir = Path.Combine(repositoryRoot, "src", "Data", assemblyName);
            Scaffold(provider, name, assemblyName, projectDir);
        }

        return 0;
    }

    private static void Scaffold(DatabaseProvider provider, string name, string assemblyName, string projectDir)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["GovCms:Database:Provider"] = provider.ToString(),
            ["GovCms:Database:ConnectionString"] = provider == DatabaseProvider.Sqlite ? "Data Source=design.db" : "Host=localhost;Database=design",
        }).Build();
        var services = new ServiceCollection().AddGovCms(configuration, Path.GetTempPath(), HostModules.All(), HostThemes.All());
        using var provider_ = services.BuildServiceProvider();
        using var scope = provider_.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GovCmsDbContext>();

        var reporter = new OperationReporter(new OperationReportHandler(
            error => Console.Error.WriteLine(error), warning => Console.WriteLine(warning), info => Console.WriteLine(info), verbose => { }));
        var design = new DesignTimeServicesBuilder(Assembly.Load(assemblyName), Assembly.GetExecutingAssembly(), reporter, [])
            .Build(db);
        var scaffolder = design.GetRequiredService<IMigrationsScaffolder>();
        var migration = scaffolder.ScaffoldMigration(name, assemblyName, "Migrations", "C#");
        var files = scaffolder.Save(projectDir, migration, Path.Combine(projectDir, "Migrations"));
        Console.WriteLine($"{provider}: {files.MigrationFile}");
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GovCms.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("GovCms.sln not found above the tool.");
    }
}
