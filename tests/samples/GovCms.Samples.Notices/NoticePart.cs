using GovCms.Content;
using GovCms.Content.Fields;
using GovCms.Content.Parts;

namespace GovCms.Samples.Notices;

/// <summary>A notice of a site: a field of every kind the engine offers, as a module declares them.</summary>
public sealed class NoticePart
{
    public const string KindNotice = "thong-bao";
    public const string KindLetter = "cong-van";

    /// <summary>The relation a notice has to the older notices it replaces, as seen from each end.</summary>
    public const string RelationReplaces = "thay thế";
    public const string RelationReplacedBy = "bị thay thế";

    public static readonly IReadOnlyList<string> Kinds = [KindNotice, KindLetter];

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

    [ChoiceField("Hình thức", KindNotice + "=Thông báo", KindLetter + "=Công văn")]
    public string? Kind { get; set; }

    [ChoiceField("Đối tượng", "nguoi-dan=Người dân", "doanh-nghiep=Doanh nghiệp", Multiple = true)]
    public List<string> Audiences { get; set; } = [];

    [YesNoField("Khẩn")]
    public bool Urgent { get; set; }

    [TermsField("Lĩnh vực", NoticeFields.TaxonomyName)]
    public List<string> Fields { get; set; } = [];

    [ContentLinkField("Thay thế thông báo", RelationReplaces, RelationReplacedBy)]
    public List<ContentLink> Replaces { get; set; } = [];

    [MediaField("Tệp đính kèm", Multiple = true)]
    public List<string> Attachments { get; set; } = [];
}

/// <summary>Normalises the number, checks across fields and lists notices by the moment they take effect.</summary>
public sealed class NoticePartHandler : ContentPartHandler<NoticePart>
{
    public override Task PrepareAsync(NoticePart part, ContentPartContext context)
    {
        part.Number = part.Number.Trim().ToUpperInvariant();
        if (part.Urgent && part.EffectiveUtc is null)
        {
            context.Fail(nameof(NoticePart.EffectiveUtc), "Thông báo khẩn phải có thời điểm hiệu lực.");
        }

        return Task.CompletedTask;
    }

    public override DateTime? SortDateUtc(NoticePart part) => part.EffectiveUtc;
}

/// <summary>The fields (lĩnh vực) a notice may be filed under: the module's own taxonomy, the same on every site.</summary>
public sealed class NoticeFields : IContentTermSource
{
    public const string TaxonomyName = "notice-fields";

    public static readonly IReadOnlyList<ContentTerm> All =
        [new("giao-duc", "Giáo dục"), new("y-te", "Y tế"), new("dat-dai", "Đất đai"), new("xay-dung", "Xây dựng")];

    public string Taxonomy => TaxonomyName;

    public Task<IReadOnlyList<ContentTerm>> ListAsync(CancellationToken cancellationToken = default) => Task.FromResult(All);
}
