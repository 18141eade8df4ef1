using GovCms.Tenants;

namespace GovCms.Web.Demo;

/// <summary>
/// The main navigation every demo site starts with: the sections Nghị định 42/2022 asks for. Sections
/// whose module does not exist yet point to an empty category, which says that content is coming.
/// </summary>
internal static class DemoMenu
{
    public static IReadOnlyList<MenuEntryInput> Entries =>
    [
        new("Trang chủ", "/"),
        new("Giới thiệu", "/trang/gioi-thieu"),
        new("Tin tức", "/tin-tuc", Children:
        [
            new("Tin tức - Sự kiện", "/chuyen-muc/tin-tuc-su-kien"),
            new("Chỉ đạo điều hành", "/chuyen-muc/chi-dao-dieu-hanh"),
        ]),
        new("Văn bản", "/chuyen-muc/van-ban", QuickLink: true),
        new("Thủ tục hành chính", "/chuyen-muc/thu-tuc-hanh-chinh", QuickLink: true, Children:
        [
            new("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn", QuickLink: true),
        ]),
        new("Đấu thầu", "/chuyen-muc/dau-thau", QuickLink: true),
        new("Hỏi đáp - Góp ý", "/trang/hoi-dap-gop-y", QuickLink: true),
    ];

    /// <summary>Categories the menu links to, as (name, slug).</summary>
    public static IReadOnlyList<(string Name, string Slug)> Categories =>
    [
        ("Tin nổi bật", GovCms.Contents.ContentsModule.FeaturedCategory),
        ("Tin tức - Sự kiện", "tin-tuc-su-kien"),
        ("Chỉ đạo điều hành", "chi-dao-dieu-hanh"),
        ("Văn bản", "van-ban"),
        ("Thủ tục hành chính", "thu-tuc-hanh-chinh"),
        ("Đấu thầu", "dau-thau"),
    ];
}
