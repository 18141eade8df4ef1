using GovCms.Tenants;

namespace GovCms.Documents.Catalog;

/// <summary>The lists a site has until a recipe step or an administrator sets them.</summary>
public static class DocumentDefaults
{
    /// <summary>The document types of the issue (Luật 80/2015, Nghị định 30/2020), in the order registries list them.</summary>
    public static readonly IReadOnlyList<DocumentListItem> Types =
    [
        new("luat", "Luật"), new("nghi-quyet", "Nghị quyết"), new("nghi-dinh", "Nghị định"), new("quyet-dinh", "Quyết định"),
        new("chi-thi", "Chỉ thị"), new("thong-tu", "Thông tư"), new("ke-hoach", "Kế hoạch"), new("cong-van", "Công văn"),
        new("thong-bao", "Thông báo"), new("bao-cao", "Báo cáo"), new("to-trinh", "Tờ trình"), new("huong-dan", "Hướng dẫn"),
        new("chuong-trinh", "Chương trình"), new("de-an", "Đề án"), new("quy-che", "Quy chế"),
    ];

    public static readonly IReadOnlyList<DocumentListItem> Fields =
    [
        new("hanh-chinh", "Hành chính"), new("dat-dai", "Đất đai"), new("xay-dung", "Xây dựng"), new("giao-duc", "Giáo dục"),
        new("y-te", "Y tế"), new("tai-chinh", "Tài chính"), new("nong-nghiep", "Nông nghiệp"), new("van-hoa-xa-hoi", "Văn hóa – xã hội"),
        new("tai-nguyen-moi-truong", "Tài nguyên – môi trường"), new("chuyen-doi-so", "Chuyển đổi số"),
    ];

    public static readonly IReadOnlyList<DocumentListItem> Sectors = [];

    /// <summary>A site's own bodies by default: its People's Committee and People's Council ("UBND xã Đông Sơn", "HĐND xã Đông Sơn").</summary>
    public static IReadOnlyList<DocumentListItem> Issuers(TenantContext site) =>
    [
        new($"ubnd-{site.Slug}", $"Ủy ban nhân dân {SiteIdentity.InSentence(site.DisplayName)}", site.Id),
        new($"hdnd-{site.Slug}", $"Hội đồng nhân dân {SiteIdentity.InSentence(site.DisplayName)}", site.Id),
    ];
}
