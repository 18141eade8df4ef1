using GovCms.Content.Fields;

namespace GovCms.Contents;

/// <summary>How the portal of a site shows its news: the section "Tin tức và trang" of the settings page ("Cài đặt").</summary>
public sealed class ContentsSettings
{
    public const string Section = "contents";

    [NumberField("Số tin nổi bật ở trang chủ", Min = 0, Max = 10, Hint = "Tin của chuyên mục \"Tin nổi bật\" ở đầu trang chủ; 0 để không hiện.")]
    public int FeaturedCount { get; set; } = 3;

    [NumberField("Số tin mới nhất ở trang chủ", Min = 1, Max = 30)]
    public int LatestCount { get; set; } = 6;

    [NumberField("Số tin mỗi trang danh sách", Min = 5, Max = 50, Hint = "Ở trang Tin tức và các trang chuyên mục.")]
    public int PageSize { get; set; } = 10;
}
