using GovCms.Import;

namespace GovCms.Documents.Import;

/// <summary>The columns of a registry file, named as units name them (matched without regard to case and diacritics).</summary>
public static class DocumentImportColumns
{
    public const string NumberSymbol = "so-ky-hieu";
    public const string Number = "so";
    public const string Symbol = "ky-hieu";
    public const string Year = "nam";
    public const string IssuedOn = "ngay-ban-hanh";
    public const string Abstract = "trich-yeu";
    public const string DocumentType = "loai-van-ban";
    public const string Issuer = "co-quan-ban-hanh";
    public const string Signer = "nguoi-ky";
    public const string SignerTitle = "chuc-vu";
    public const string EffectiveOn = "ngay-hieu-luc";
    public const string ExpiresOn = "ngay-het-hieu-luc";
    public const string Validity = "tinh-trang-hieu-luc";
    public const string Fields = "linh-vuc";
    public const string Sectors = "nganh";
    public const string Urgency = "do-khan";
    public const string Confidential = "mat";
    public const string NationalDatabaseUrl = "csdl-quoc-gia";

    public static readonly IReadOnlyList<TableColumn> All =
    [
        new(NumberSymbol, "Số ký hiệu", false, "Số, ký hiệu", "Số hiệu", "Số hiệu văn bản", "Số ký hiệu văn bản", "Số văn bản"),
        new(Number, "Số", false),
        new(Symbol, "Ký hiệu", false, "Ký hiệu văn bản"),
        new(Year, "Năm", false, "Năm ban hành"),
        new(IssuedOn, "Ngày ban hành", true, "Ngày ký", "Ngày văn bản"),
        new(Abstract, "Trích yếu", true, "Trích yếu nội dung", "Tên văn bản", "Nội dung"),
        new(DocumentType, "Loại văn bản", true, "Hình thức văn bản", "Loại"),
        new(Issuer, "Cơ quan ban hành", false, "Đơn vị ban hành", "Cơ quan"),
        new(Signer, "Người ký", false, "Người ký văn bản"),
        new(SignerTitle, "Chức vụ", false, "Chức vụ người ký"),
        new(EffectiveOn, "Ngày hiệu lực", false, "Ngày có hiệu lực"),
        new(ExpiresOn, "Ngày hết hiệu lực", false),
        new(Validity, "Tình trạng hiệu lực", false, "Trạng thái hiệu lực", "Hiệu lực", "Tình trạng"),
        new(Fields, "Lĩnh vực", false),
        new(Sectors, "Ngành", false),
        new(Urgency, "Độ khẩn", false),
        new(Confidential, "Mật", false, "Độ mật"),
        new(NationalDatabaseUrl, "Liên kết CSDL quốc gia", false, "CSDL quốc gia", "Đường dẫn CSDL quốc gia", "Liên kết"),
    ];

    public static string NameOf(string key) => All.First(c => c.Key == key).Name;
}
