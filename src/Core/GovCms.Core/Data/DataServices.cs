using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Data;

public static class DataServices
{
    public const string SqliteMigrationsAssembly = "GovCms.Migrations.Sqlite";
    public const string PostgreSqlMigrationsAssembly = "GovCms.Migrations.PostgreSql";

    public static IServiceCollection AddGovCmsData(this IServiceCollection services, DatabaseOptions options, string contentRoot)
    {
        options.ConnectionString ??= DefaultSqliteConnectionString(contentRoot);
        services.AddSingleton(options);
        services.AddSingleton<ModelSignature>();
        // The options are the same for every context of the host (interceptors are singletons): built once, not per request.
        services.AddDbContext<GovCmsDbContext>((provider, builder) =>
        {
            Configure(builder, options);
            builder.ReplaceService<Microsoft.EntityFrameworkCore.Infrastructure.IModelCacheKeyFactory, ModelKeys>();
            if (provider.GetService<GovCms.Jobs.JobsSavedInterceptor>() is { } jobsSaved)
            {
                builder.AddInterceptors(jobsSaved);
            }
        }, ServiceLifetime.Scoped, ServiceLifetime.Singleton);
        return services;
    }

    public static void Configure(DbContextOptionsBuilder builder, DatabaseOptions options)
    {
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(options.ConnectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly))
                    .AddInterceptors(new SqlitePragmas());
                break;
            case DatabaseProvider.PostgreSql:
                builder.UseNpgsql(PostgreSqlConnectionString(options.ConnectionString!), npgsql => npgsql.MigrationsAssembly(PostgreSqlMigrationsAssembly));
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {options.Provider}.");
        }

        builder.AddInterceptors(AfterCommit.Interceptor);
    }

    /// <summary>
    /// The connection string, with statements the host runs again and again prepared on the server unless it says
    /// otherwise: PostgreSQL plans a query on a table with several indexes in about a millisecond, longer than it
    /// takes to run it.
    /// </summary>
    public static string PostgreSqlConnectionString(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!builder.ContainsKey("Max Auto Prepare"))
        {
            builder.MaxAutoPrepare = 200;
            builder.AutoPrepareMinUsages = 2;
        }

        return builder.ConnectionString;
    }

    private static string DefaultSqliteConnectionString(string contentRoot)
    {
        var folder = Path.Combine(contentRoot, "App_Data");
        Directory.CreateDirectory(folder);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "govcms.db"), Pooling = true }.ToString();
    }
}
