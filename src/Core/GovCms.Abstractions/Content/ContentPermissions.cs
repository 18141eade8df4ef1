using GovCms.Security;

namespace GovCms.Content;

/// <summary>
/// The engine's permissions of the one content admin and API, for every type of every module. The stored names keep
/// the "Contents." prefix of the module that first had them, so the grants of existing roles stay as they are.
/// </summary>
public static class ContentPermissions
{
    public const string Edit = "Contents.Edit";
    public const string Publish = "Contents.Publish";
    public const string Delete = "Contents.Delete";

    /// <summary>The name of their group on the roles page.</summary>
    public const string GroupName = "Nội dung (mọi loại)";

    public static readonly IReadOnlyList<Permission> All =
    [
        new(Edit, "Viết và sửa nội dung", BuiltInRoles.Author, BuiltInRoles.Reviewer, BuiltInRoles.Approver),
        new(Publish, "Đăng và gỡ nội dung", BuiltInRoles.Approver),
        new(Delete, "Xóa nội dung", BuiltInRoles.Approver),
    ];
}
