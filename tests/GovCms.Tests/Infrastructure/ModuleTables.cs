using GovCms.Data;
using GovCms.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Infrastructure;

/// <summary>
/// The tables of a module the host's migrations do not know (a module of the tests, e.g. the sample Notices): the
/// database is migrated as always, then those tables are created from the model, as the module's migration would
/// create them in a host that lists it. Anything else the migrations lack is an error: they are behind the model.
/// </summary>
internal static class ModuleTables
{
    public static bool Needed(IReadOnlyList<Module> modules) =>
        modules.Any(m => !GovCms.Web.HostModules.All().Any(h => h.GetType() == m.GetType()));

    /// <summary>Lets the database be migrated although the model has the extra tables.</summary>
    public static void AllowExtraTables(IServiceCollection services) =>
        services.ConfigureDbContext<GovCmsDbContext>(o => o.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)));

    public static async Task CreateAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GovCmsDbContext>();
        var snapshot = db.GetService<IMigrationsAssembly>().ModelSnapshot?.Model ?? throw new InvalidOperationException("The migrations have no model snapshot.");
        var migrated = db.GetService<IModelRuntimeInitializer>().Initialize(snapshot is IMutableModel mutable ? mutable.FinalizeModel() : snapshot);
        var model = db.GetService<IDesignTimeModel>().Model;
        var operations = db.GetService<IMigrationsModelDiffer>().GetDifferences(migrated.GetRelationalModel(), model.GetRelationalModel());
        if (operations.FirstOrDefault(o => o is not (CreateTableOperation or CreateIndexOperation)) is { } other)
        {
            throw new InvalidOperationException($"The migrations are behind the host's model ({other.GetType().Name}): run tools/GovCms.MigrationTool -- add <Name>.");
        }

        var commands = db.GetService<IMigrationsSqlGenerator>().Generate(operations, model);
        await db.GetService<IMigrationCommandExecutor>().ExecuteNonQueryAsync(commands, db.GetService<IRelationalConnection>());
    }
}
