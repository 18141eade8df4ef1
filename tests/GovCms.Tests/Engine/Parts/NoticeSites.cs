using GovCms.Content;
using GovCms.Content.Parts;
using GovCms.Samples.Notices;
using GovCms.Tests.Infrastructure;
using GovCms.Tests.Modules.Notices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GovCms.Tests.Engine.Parts;

/// <summary>A type of the tests owned by Workflows: gone where Workflows is off, kept only as latest and published version.</summary>
public static class ProcedureType
{
    public static readonly ContentTypeDefinition Procedure = new("Procedure", "Thủ tục", [nameof(SummaryPart), nameof(CategoriesPart)], null)
    {
        Settings = new ContentTypeSettings { Versioned = false },
    };

    public static void Add(IServiceCollection services) => services.AddContentType(Procedure, "Workflows");
}

/// <summary>The whole host with the demo and the sample module <see cref="NoticesModule"/>, on for every site.</summary>
public sealed class NoticeSqliteSite() : HostWithSqliteSite(new NoticesModule())
{
    protected override void ConfigureTestServices(IServiceCollection services) => ProcedureType.Add(services);

    protected override IHost CreateHost(IHostBuilder builder) => NoticesHost.OnEverySite(base.CreateHost(builder));
}

/// <inheritdoc cref="NoticeSqliteSite"/>
public sealed class NoticePostgreSqlSite() : HostWithPostgreSqlSite(new NoticesModule())
{
    protected override void ConfigureTestServices(IServiceCollection services) => ProcedureType.Add(services);

    protected override IHost CreateHost(IHostBuilder builder) => NoticesHost.OnEverySite(base.CreateHost(builder));
}
