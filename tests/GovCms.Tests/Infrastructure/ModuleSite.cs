using GovCms.Modules;

namespace GovCms.Tests.Infrastructure;

/// <summary>
/// A host built with only the listed modules, on a fresh SQLite or PostgreSQL database, without the demo (it needs
/// modules a module test may leave out). Sites are created by the test (<see cref="GovCmsSite.InTenantAsync{T}"/> with
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
