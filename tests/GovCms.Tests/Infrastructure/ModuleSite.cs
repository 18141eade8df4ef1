using GovCms.Modules;

namespace GovCms.Tests.Infrastructure;

/// <summary>
/// A host built with only the listed modules, on a fresh SQLite or PostgreSQL database, without the demo (it needs
/// modules a module test may leave out; <see cref="HostWithSqliteSite"/> is the whole host plus a module, with it). Sites are created by the test (<see cref="GovCmsSite.InTenantAsync{T}"/> with
/// TenantService, or a recipe). Derive a class per binding: <c>class NoticesSqliteSite() : ModuleSqliteSite(new TenantsModule(), ...)</c>.
/// </summary>
public class ModuleSqliteSite(params Module[] modules) : SqliteSite
{
    protected override IReadOnlyList<Module>? Modules => modules;

    protected override bool WithDemo => false;
}

/// <inheritdoc cref="ModuleSqliteSite"/>
public class ModulePostgreSqlSite(params Module[] modules) : PostgreSqlSite
{
    protected override IReadOnlyList<Module>? Modules => modules;

    protected override bool WithDemo => false;
}

/// <summary>The real host's modules plus the given ones, with the demo network: a module tried in the whole host.</summary>
public class HostWithSqliteSite(params Module[] extra) : SqliteSite
{
    protected override IReadOnlyList<Module>? Modules => [.. GovCms.Web.HostModules.All(), .. extra];
}

/// <inheritdoc cref="HostWithSqliteSite"/>
public class HostWithPostgreSqlSite(params Module[] extra) : PostgreSqlSite
{
    protected override IReadOnlyList<Module>? Modules => [.. GovCms.Web.HostModules.All(), .. extra];
}
