using GovCms.Content;
using GovCms.Content.Fields;
using GovCms.Content.Parts;
using GovCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Engine.Parts;

/// <summary>A notice with a field of every kind, as a module of its own would declare it.</summary>
public sealed class NoticePart
{
    [TextField("Số hiệu", Required = true, MaxLength = 30, Searchable = true)]
    public string Number { get; set; } = "";

    [LongTextField("Trích yếu", MaxLength = 500)]
    public string Abstract { get; set; } = "";

    [MarkdownField("Nội dung thông báo", HtmlProperty = nameof(BodyHtml))]
    public string Body { get; set; } = "";

    public string BodyHtml { get; set; } = "";

    [DateField("Ngày ban hành", Required = true)]
    public DateOnly? IssuedOn { get; set; }

    [DateTimeField("Hiệu lực từ", Hint = "Giờ Việt Nam.")]
    public DateTime? EffectiveUtc { get; set; }

    [NumberField("Số bản", Min = 0, Max = 1000)]
    public decimal? Copies { get; set; }

    [MoneyField("Kinh phí")]
    public long? Budget { get; set; }

    [ChoiceField("Hình thức", "thong-bao=Thông báo", "cong-van=Công văn")]
    public string? Kind { get; set; }

    [ChoiceField("Đối tượng", "nguoi-dan=Người dân", "doanh-nghiep=Doanh nghiệp", Multiple = true)]
    public List<string> Audiences { get; set; } = [];

    [YesNoField("Khẩn")]
    public bool Urgent { get; set; }

    [TermsField("Lĩnh vực", "categories")]
    public List<string> Fields { get; set; } = [];

    [ContentLinkField("Thay thế thông báo", "thay thế", "bị thay thế")]
    public List<ContentLink> Replaces { get; set; } = [];

    [MediaField("Tệp đính kèm", Multiple = true)]
    public List<string> Attachments { get; set; } = [];
}

/// <summary>Checks across fields and chooses the sort date, as a module's part handler does.</summary>
public sealed class NoticePartHandler : ContentPartHandler<NoticePart>
{
    public override Task PrepareAsync(NoticePart part, ContentPartContext context)
    {
        part.Number = part.Number.ToUpperInvariant();
        if (part.Urgent && part.EffectiveUtc is null)
        {
            context.Fail(nameof(NoticePart.EffectiveUtc), "Thông báo khẩn phải có thời điểm hiệu lực.");
        }

        return Task.CompletedTask;
    }

    public override DateTime? SortDateUtc(NoticePart part) => part.EffectiveUtc;
}

public static class NoticeTypes
{
    /// <summary>Owned by Contents: shown in its admin and API.</summary>
    public static readonly ContentTypeDefinition Notice = new("Notice", "Thông báo", [nameof(NoticePart), nameof(SummaryPart)], null);

    /// <summary>Owned by Workflows: gone where Workflows is off.</summary>
    public static readonly ContentTypeDefinition Procedure = new("Procedure", "Thủ tục", [nameof(SummaryPart), nameof(CategoriesPart)], null)
    {
        Settings = new ContentTypeSettings { Versioned = false },
    };

    public static void Add(IServiceCollection services)
    {
        services.AddContentPart<NoticePart, NoticePartHandler>("Thông báo");
        services.AddContentType(Notice, "Contents");
        services.AddContentType(Procedure, "Workflows");
    }
}

public sealed class NoticeSqliteSite : SqliteSite
{
    protected override void ConfigureTestServices(IServiceCollection services) => NoticeTypes.Add(services);
}

public sealed class NoticePostgreSqlSite : PostgreSqlSite
{
    protected override void ConfigureTestServices(IServiceCollection services) => NoticeTypes.Add(services);
}
