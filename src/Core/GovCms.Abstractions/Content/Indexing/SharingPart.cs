using GovCms.Content.Fields;

namespace GovCms.Content.Indexing;

/// <summary>
/// An item of a province or district shared downward: the sites below it read it (without copies) through
/// their index queries with <c>SiteScope.VisibleFrom(site)</c>, each row showing the owner site. Any content
/// type may carry it; it takes effect with the version that is published, like every other part.
/// </summary>
public sealed class SharingPart
{
    [YesNoField("Chia sẻ cho các đơn vị cấp dưới", Hint = "Các đơn vị cấp dưới xem được nội dung này trên cổng của họ, ghi rõ đơn vị mình là chủ.")]
    public bool SharedDownward { get; set; }

    /// <summary>The tenant levels that see it (e.g. "commune"); empty for every level below the owner.</summary>
    [ChoiceField("Chỉ chia sẻ cho cấp", "district=Cấp huyện", "commune=Cấp xã", Multiple = true, Hint = "Không chọn cấp nào: mọi cấp bên dưới.")]
    public List<string> Levels { get; set; } = [];

    /// <summary>The stored form of <see cref="Levels"/>: "|district|commune|", or "" for every level.</summary>
    public string LevelsKey() =>
        Levels.Count == 0 ? "" : "|" + string.Join("|", Levels.Select(l => l.Trim().ToLowerInvariant()).Where(l => l.Length > 0).Distinct().Order()) + "|";
}
