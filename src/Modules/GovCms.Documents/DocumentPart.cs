using GovCms.Content.Fields;

namespace GovCms.Documents;

/// <summary>
/// A legal or administrative document of a site (văn bản), with the metadata of Nghị định 30/2020 and the national
/// legal database. Shown as "Số: 15/QĐ-UBND" (<see cref="DocumentNumber"/>); issuer + year + number + symbol is
/// unique on a site (<see cref="DocumentPartHandler"/>).
/// </summary>
public sealed class DocumentPart
{
    public const string FieldsTaxonomy = "document-fields";
    public const string SectorsTaxonomy = "document-sectors";
    public const string TypesTaxonomy = "document-types";
    public const string IssuersTaxonomy = "document-issuers";

    [TextField("Số", MaxLength = 20, Hint = "Phần số của số ký hiệu, ví dụ 15. Để trống nếu văn bản không có số.", Alias = "number", Searchable = true)]
    public string Number { get; set; } = "";

    [NumberField("Năm", Min = 1945, Max = 2100, Hint = "Năm trong số ký hiệu, ví dụ 2025 trong 15/2025/QĐ-UBND; để trống thì lấy năm ban hành.", Alias = "year")]
    public int? Year { get; set; }

    [TextField("Ký hiệu", MaxLength = 60, Required = true, Hint = "Ví dụ QĐ-UBND.", Alias = "symbol", Searchable = true)]
    public string Symbol { get; set; } = "";

    /// <summary>The slug of one of the site's document types (<see cref="Catalog.DocumentCatalog"/>), e.g. "quyet-dinh".</summary>
    [ChoiceField("Loại văn bản", Taxonomy = TypesTaxonomy, Required = true, Alias = "documentType")]
    public string DocumentType { get; set; } = "";

    /// <summary>The slug of one of the issuing bodies the site may name (its own first, then its ancestors').</summary>
    [ChoiceField("Cơ quan ban hành", Taxonomy = IssuersTaxonomy, Required = true, Alias = "issuer", Hint = "Cơ quan của đơn vị trước, rồi cơ quan cấp trên.")]
    public string Issuer { get; set; } = "";

    [TextField("Người ký", MaxLength = 120, Alias = "signer")]
    public string Signer { get; set; } = "";

    [TextField("Chức vụ người ký", MaxLength = 120, Hint = "Ví dụ: Chủ tịch, KT. Chủ tịch – Phó Chủ tịch.", Alias = "signerTitle")]
    public string SignerTitle { get; set; } = "";

    [DateField("Ngày ban hành", Required = true, Alias = "issuedOn")]
    public DateOnly? IssuedOn { get; set; }

    [DateField("Ngày có hiệu lực", Alias = "effectiveOn")]
    public DateOnly? EffectiveOn { get; set; }

    [DateField("Ngày hết hiệu lực", Alias = "expiresOn")]
    public DateOnly? ExpiresOn { get; set; }

    /// <summary>One of <see cref="DocumentValidity"/>'s slugs.</summary>
    [ChoiceField("Tình trạng hiệu lực",
        DocumentValidity.InForce + "=Còn hiệu lực", DocumentValidity.Expired + "=Hết hiệu lực toàn bộ",
        DocumentValidity.PartlyExpired + "=Hết hiệu lực một phần", DocumentValidity.Suspended + "=Ngưng hiệu lực",
        DocumentValidity.PartlySuspended + "=Ngưng hiệu lực một phần", DocumentValidity.NotYetInForce + "=Chưa có hiệu lực",
        DocumentValidity.NoLongerApplicable + "=Không còn phù hợp", DocumentValidity.Unknown + "=Chưa xác định",
        Alias = "validity", Hint = "Để trống: tự xác định theo ngày có hiệu lực và ngày hết hiệu lực.")]
    public string Validity { get; set; } = "";

    [LongTextField("Trích yếu", Required = true, MaxLength = 1000, Alias = "abstract", Searchable = true)]
    public string Abstract { get; set; } = "";

    [TermsField("Lĩnh vực", FieldsTaxonomy, Alias = "fields")]
    public List<string> Fields { get; set; } = [];

    [TermsField("Ngành", SectorsTaxonomy, Alias = "sectors")]
    public List<string> Sectors { get; set; } = [];

    [ChoiceField("Độ khẩn", "khan=Khẩn", "thuong-khan=Thượng khẩn", "hoa-toc=Hỏa tốc", Alias = "urgency")]
    public string? Urgency { get; set; }

    [YesNoField("Văn bản mật", Hint = "Văn bản mật không bao giờ hiện trên cổng thông tin, kể cả khi đã xuất bản.", Alias = "confidential")]
    public bool Confidential { get; set; }

    [MediaField("Tệp văn bản", Multiple = true, Hint = "Bản ký số (PDF), bản DOCX và các tệp kèm theo.", Alias = "files")]
    public List<string> Files { get; set; } = [];

    [MarkdownField("Toàn văn", HtmlProperty = nameof(BodyHtml), Hint = "Không bắt buộc (Markdown).", Alias = "body")]
    public string Body { get; set; } = "";

    public string BodyHtml { get; set; } = "";

    [ContentLinkField("Văn bản liên quan", "liên quan", "liên quan", Types = ["Document"], AllowExternal = true, Alias = "relations",
        RelationTypes = ["thay-the=Thay thế|Được thay thế bởi", "bai-bo=Bãi bỏ|Bị bãi bỏ bởi", "sua-doi-bo-sung=Sửa đổi, bổ sung|Được sửa đổi, bổ sung bởi",
            "can-cu=Căn cứ ban hành|Văn bản áp dụng", "dan-chieu=Dẫn chiếu|Được dẫn chiếu bởi", "dinh-chi=Đình chỉ thi hành|Bị đình chỉ thi hành bởi",
            "tam-ngung=Tạm ngưng hiệu lực|Bị tạm ngưng hiệu lực bởi", "dinh-chinh=Đính chính|Được đính chính bởi", "hop-nhat=Hợp nhất|Được hợp nhất bởi",
            "huong-dan=Hướng dẫn|Được hướng dẫn bởi", "quy-dinh-chi-tiet=Quy định chi tiết|Được quy định chi tiết bởi",
            "giai-thich=Giải thích|Được giải thích bởi", "cong-bo=Công bố|Được công bố bởi"])]
    public List<ContentLink> Relations { get; set; } = [];

    [TextField("Trang trên Cơ sở dữ liệu quốc gia về pháp luật", MaxLength = 500, Hint = "Địa chỉ đầy đủ, ví dụ https://vbpl.vn/...", Alias = "nationalDatabaseUrl")]
    public string? NationalDatabaseUrl { get; set; }
}
