namespace GovCms.Tenants;

/// <summary>A site setting an administrator fills in, with its Vietnamese label and a hint.</summary>
public sealed record SiteSettingField(string Key, string Label, string Hint);

/// <summary>
/// Keys of <see cref="TenantContext.Settings"/> the portal shows: the contact details Nghị định 42/2022
/// requires in every site's footer. The admin settings page edits them; a missing one is left out.
/// </summary>
public static class SiteSettings
{
    public const string AgencyName = "AgencyName";
    public const string Address = "Address";
    public const string Phone = "Phone";
    public const string Email = "Email";
    public const string ResponsiblePerson = "ResponsiblePerson";
    public const string Licence = "Licence";

    /// <summary>Address of the uploaded logo ({tenant base}/media/...); set by the settings page.</summary>
    public const string LogoUrl = "LogoUrl";

    // The unit's spokesperson (người phát ngôn, Nghị định 09/2017): name, title, phone and email are public.
    public const string SpokespersonName = "SpokespersonName";
    public const string SpokespersonTitle = "SpokespersonTitle";
    public const string SpokespersonPhone = "SpokespersonPhone";
    public const string SpokespersonEmail = "SpokespersonEmail";

    // The head of the unit (Chủ tịch Ủy ban nhân dân), as the "Giới thiệu" page and the portal name them.
    public const string LeaderName = "LeaderName";
    public const string LeaderTitle = "LeaderTitle";

    /// <summary>How a recipe marks what the unit still has to fill in: "[CẦN BỔ SUNG: số điện thoại trụ sở]".</summary>
    public const string PlaceholderStart = "[CẦN BỔ SUNG";

    /// <summary>
    /// A value that is a recipe's placeholder, not real information: "not filled in yet". Format checks (phone,
    /// e-mail) skip it, the settings page points it out, and the portal should not show it as if it were real.
    /// </summary>
    public static bool IsPlaceholder(string? value) =>
        value is not null && value.AsSpan().TrimStart().StartsWith(PlaceholderStart, StringComparison.OrdinalIgnoreCase);

    /// <summary>The fields in the order the settings page and the footer show them.</summary>
    public static readonly IReadOnlyList<SiteSettingField> Fields =
    [
        new(AgencyName, "Cơ quan chủ quản", "Tên đầy đủ, ví dụ: Ủy ban nhân dân phường Đông Sơn. Để trống thì dùng tên đơn vị."),
        new(Address, "Địa chỉ", "Địa chỉ trụ sở."),
        new(Phone, "Điện thoại", "Số điện thoại liên hệ, ví dụ: 0237 3 852 000."),
        new(Email, "Thư điện tử", "Địa chỉ thư điện tử công vụ."),
        new(ResponsiblePerson, "Người chịu trách nhiệm nội dung", "Họ tên và chức vụ, ví dụ: Nguyễn Văn A, Chủ tịch UBND phường."),
        new(Licence, "Giấy phép, quyết định", "Số và ngày của giấy phép hoặc quyết định thành lập cổng thông tin."),
    ];
}
