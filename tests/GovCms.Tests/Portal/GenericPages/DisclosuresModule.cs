using GovCms.Content;
using GovCms.Content.Fields;
using GovCms.Content.Parts;
using GovCms.Contents;
using GovCms.Modules;
using GovCms.TenantAdmin;
using GovCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Portal.GenericPages;

/// <summary>A part with a field of every kind, for the engine's displays.</summary>
public sealed class DisclosurePart
{
    [TextField("Số hiệu")]
    public string Number { get; set; } = "";

    [LongTextField("Ghi chú")]
    public string Notes { get; set; } = "";

    [MarkdownField("Nội dung công khai", HtmlProperty = nameof(BodyHtml))]
    public string Body { get; set; } = "";

    public string BodyHtml { get; set; } = "";

    [DateField("Ngày ban hành")]
    public DateOnly? IssuedOn { get; set; }

    [DateTimeField("Hạn góp ý")]
    public DateTime? DeadlineUtc { get; set; }

    [NumberField("Tỷ lệ giải ngân")]
    public decimal? Ratio { get; set; }

    [MoneyField("Tổng kinh phí")]
    public long? Budget { get; set; }

    [ChoiceField("Loại công khai", "ngan-sach=Ngân sách", "dau-tu=Đầu tư công")]
    public string? Kind { get; set; }

    [ChoiceField("Nguồn vốn", "trung-uong=Ngân sách trung ương", "dia-phuong=Ngân sách địa phương", Multiple = true)]
    public List<string> Sources { get; set; } = [];

    [YesNoField("Đã kiểm toán")]
    public bool Audited { get; set; }

    [TermsField("Lĩnh vực", "disclosure-fields")]
    public List<string> Fields { get; set; } = [];

    [ContentLinkField("Thay thế báo cáo", "thay thế", "bị thay thế")]
    public List<ContentLink> Replaces { get; set; } = [];

    [MediaField("Tệp đính kèm", Multiple = true)]
    public List<string> Attachments { get; set; } = [];
}

/// <summary>
/// A module of the tests whose type has public pages it does not serve itself: the engine's generic pages show them.
/// Its type also carries the news image part, whose display is a partial of the Contents module.
/// </summary>
public sealed class DisclosuresModule : Module
{
    public const string Id = "Disclosures";

    public static readonly ContentTypeDefinition Disclosure = new("Disclosure", "Công khai ngân sách",
        [nameof(DisclosurePart), nameof(ImagePart)], "cong-khai");

    public override ModuleManifest Manifest { get; } = new(Id, "Công khai ngân sách", "Báo cáo công khai ngân sách của đơn vị.");

    public override IEnumerable<ContentTypeDefinition> ContentTypes => [Disclosure];

    public override void ConfigureServices(IServiceCollection services) => AddPart(services);

    /// <summary>The part and the type without the module, for a host that keeps its own module list: the type owned by <paramref name="owner"/>.</summary>
    public static void AddAsServices(IServiceCollection services, string owner)
    {
        AddPart(services);
        services.AddContentType(Disclosure, owner);
    }

    private static void AddPart(IServiceCollection services)
    {
        services.AddContentPart<DisclosurePart>("Công khai");
        services.AddScoped<IContentTermSource, DisclosureFields>();
    }

    private sealed class DisclosureFields : IContentTermSource
    {
        public string Taxonomy => "disclosure-fields";

        public Task<IReadOnlyList<ContentTerm>> ListAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<ContentTerm>>([new("tai-chinh", "Tài chính"), new("giao-duc", "Giáo dục")]);
    }
}

/// <summary>A type declared outside Module.ContentTypes (as a test or a module's services may), with public pages.</summary>
public static class Circulars
{
    public static readonly ContentTypeDefinition Circular = new("Circular", "Thông tư hướng dẫn", [nameof(DisclosurePart)], "thong-tu-huong-dan");

    public static void Add(IServiceCollection services) => services.AddContentType(Circular, DisclosuresModule.Id);
}

/// <summary>The site administration, the news module (its image part and own pages) and the test module.</summary>
public sealed class DisclosuresSqliteSite() : ModuleSqliteSite(new TenantsModule(), new ContentsModule(), new DisclosuresModule())
{
    protected override void ConfigureTestServices(IServiceCollection services) => Circulars.Add(services);
}

public sealed class DisclosuresPostgreSqlSite() : ModulePostgreSqlSite(new TenantsModule(), new ContentsModule(), new DisclosuresModule())
{
    protected override void ConfigureTestServices(IServiceCollection services) => Circulars.Add(services);
}
