namespace GovCms.Bench.Documents;

/// <summary>One row of a unit's registry as the bench makes it: what a clerk types into "Sổ văn bản".</summary>
public sealed record RegistryRow(
    string Number, int Year, string Symbol, string TypeSlug, string TypeLabel, string IssuerSlug, string IssuerLabel,
    string Signer, string SignerTitle, DateOnly IssuedOn, DateOnly? EffectiveOn, DateOnly? ExpiresOn, string Validity,
    string Abstract, string[] Fields)
{
    /// <summary>"15/QĐ-UBND", or "15/2025/QĐ-UBND" for the legal documents that carry their year.</summary>
    public string NumberSymbol => TypeSlug is "quyet-dinh" or "nghi-quyet" && Number.Length > 0 && int.Parse(Number) % 5 == 0
        ? $"{Number}/{Year}/{Symbol}"
        : Number.Length == 0 ? Symbol : $"{Number}/{Symbol}";
}

/// <summary>
/// Realistic registries: the document types of Nghị định 30/2020 with their symbols, the unit's People's Committee and
/// Council as issuers, numbers counted per type and year as a văn thư counts them, dates over six years, abstracts from
/// the phrases units use. Seeded, so every run makes the same rows.
/// </summary>
public sealed class RegistryData(int seed)
{
    private static readonly (string Slug, string Label, string Symbol, string Issuer, int Weight)[] Types =
    [
        ("quyet-dinh", "Quyết định", "QĐ-UBND", "ubnd", 30),
        ("cong-van", "Công văn", "UBND-VP", "ubnd", 25),
        ("ke-hoach", "Kế hoạch", "KH-UBND", "ubnd", 12),
        ("thong-bao", "Thông báo", "TB-UBND", "ubnd", 10),
        ("bao-cao", "Báo cáo", "BC-UBND", "ubnd", 10),
        ("nghi-quyet", "Nghị quyết", "NQ-HĐND", "hdnd", 5),
        ("to-trinh", "Tờ trình", "TTr-UBND", "ubnd", 5),
        ("chi-thi", "Chỉ thị", "CT-UBND", "ubnd", 3),
    ];

    private static readonly string[] Subjects =
    [
        "ban hành Kế hoạch chuyển đổi số năm {0}", "phê duyệt dự toán thu, chi ngân sách năm {0}", "thành lập Ban chỉ đạo phòng, chống thiên tai",
        "tổ chức các hoạt động kỷ niệm Quốc khánh 2/9", "công bố danh mục thủ tục hành chính được chuẩn hóa", "triển khai công tác tuyển sinh năm học {0}",
        "tăng cường công tác phòng cháy, chữa cháy", "quy định giá đất trên địa bàn", "thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
        "kiện toàn Hội đồng thi đua, khen thưởng", "giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm {0}", "phòng, chống dịch bệnh trên gia súc, gia cầm",
        "điều chỉnh quy hoạch sử dụng đất", "tổ chức Hội nghị tổng kết công tác năm {0}", "cải cách hành chính và chỉ số hài lòng của người dân",
        "bảo đảm trật tự an toàn giao thông dịp Tết Nguyên đán", "tiếp nhận và giải quyết phản ánh, kiến nghị", "quản lý, sử dụng tài sản công",
    ];

    private static readonly string[] FieldSlugs = ["giao-duc", "y-te", "dat-dai", "xay-dung", "tai-chinh", "nong-nghiep", "giao-thong", "van-hoa", "noi-vu", "tu-phap"];

    private static readonly string[] Signers = ["Nguyễn Văn An", "Lê Thị Bình", "Trần Quốc Cường", "Phạm Minh Đức", "Hoàng Thị Hà", "Vũ Đình Hùng"];

    private readonly Random _random = new(seed);
    private readonly Dictionary<(string, int), int> _counters = [];
    private readonly int _totalWeight = Types.Sum(t => t.Weight);

    public static IReadOnlyList<string> Fields => FieldSlugs;

    /// <summary>The next document of the registry of <paramref name="unitName"/> ("xã Đông Sơn"), issued in the years 2020–2025.</summary>
    public RegistryRow Next(string unitName)
    {
        var type = Pick();
        var issued = new DateOnly(2020, 1, 1).AddDays(_random.Next(6 * 365));
        var key = (type.Slug, issued.Year);
        var number = _counters[key] = _counters.GetValueOrDefault(key) + 1;
        var effective = type.Slug is "quyet-dinh" or "nghi-quyet" or "chi-thi" ? issued.AddDays(_random.Next(0, 15)) : (DateOnly?)null;
        DateOnly? expires = effective is { } e && _random.Next(10) == 0 ? e.AddYears(1 + _random.Next(3)) : null;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var validity = effective is null ? "chua-xac-dinh" : expires <= today ? "het-hieu-luc-toan-bo" : effective > today ? "chua-co-hieu-luc" : "con-hieu-luc";
        var subject = string.Format(Subjects[_random.Next(Subjects.Length)], issued.Year);
        var issuerLabel = type.Issuer == "hdnd" ? $"Hội đồng nhân dân {unitName}" : $"Ủy ban nhân dân {unitName}";
        var fields = Enumerable.Range(0, 1 + _random.Next(2)).Select(_ => FieldSlugs[_random.Next(FieldSlugs.Length)]).Distinct().ToArray();
        return new RegistryRow(type.Slug == "cong-van" && _random.Next(20) == 0 ? "" : number.ToString(), issued.Year, type.Symbol, type.Slug, type.Label,
            type.Issuer, issuerLabel, Signers[_random.Next(Signers.Length)], type.Issuer == "hdnd" ? "Chủ tịch" : _random.Next(2) == 0 ? "Chủ tịch" : "Phó Chủ tịch",
            issued, effective, expires, validity, $"{type.Label} về việc {subject}", fields);
    }

    private (string Slug, string Label, string Symbol, string Issuer, int Weight) Pick()
    {
        var at = _random.Next(_totalWeight);
        foreach (var type in Types)
        {
            if ((at -= type.Weight) < 0)
            {
                return type;
            }
        }

        return Types[0];
    }
}
