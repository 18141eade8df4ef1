using GovCms.Content;
using GovCms.Content.Fields;
using GovCms.Content.Indexing;
using GovCms.Content.Parts;
using GovCms.Modules;
using GovCms.TenantAdmin;
using GovCms.Tests.Infrastructure;
using GovCms.Users;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Admin.EngineAdmin;

/// <summary>
/// A module of the tests whose one type is edited in the engine's content admin: no Contents module in its host, so
/// the admin, the API and the permissions it uses must all be the engine's.
/// </summary>
public sealed class MemosModule : Module
{
    public const string Id = "Memos";

    public static readonly ContentTypeDefinition Memo = new("Memo", "Công văn", [nameof(MemoPart), nameof(SharingPart)], null);

    public override ModuleManifest Manifest { get; } = new(Id, "Công văn", "Công văn đi của đơn vị.");

    public override IEnumerable<ContentTypeDefinition> ContentTypes => [Memo];

    public override IEnumerable<AdminMenuItem> AdminMenu => [new("Công văn", "content?type=Memo", ContentPermissions.Edit, 10, "Nội dung")];

    public override void ConfigureServices(IServiceCollection services) => services.AddContentPart<MemoPart>("Công văn");
}

public sealed class MemoPart
{
    [TextField("Số hiệu", Required = true, MaxLength = 30)]
    public string Number { get; set; } = "";

    [ChoiceField("Loại", "cong-van=Công văn", "to-trinh=Tờ trình")]
    public string? Kind { get; set; }
}

/// <summary>The engine with site administration, users and the memos module: no news, no workflows.</summary>
public sealed class MemosSqliteSite() : ModuleSqliteSite(new TenantsModule(), new UsersModule(), new MemosModule());

public sealed class MemosPostgreSqlSite() : ModulePostgreSqlSite(new TenantsModule(), new UsersModule(), new MemosModule());
