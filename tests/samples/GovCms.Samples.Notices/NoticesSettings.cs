using GovCms.Content.Fields;

namespace GovCms.Samples.Notices;

/// <summary>How a site's board shows its notices: the section "Thông báo niêm yết" of the settings page ("Cài đặt").</summary>
public sealed class NoticesSettings
{
    public const string Section = "notices";

    [NumberField("Số thông báo mỗi trang bảng niêm yết", Min = 5, Max = 50)]
    public int BoardPageSize { get; set; } = 20;

    [YesNoField("Hiện thông báo đơn vị cấp trên chia sẻ", Hint = "Bỏ chọn để bảng niêm yết chỉ hiện thông báo của đơn vị.")]
    public bool ShowShared { get; set; } = true;
}
