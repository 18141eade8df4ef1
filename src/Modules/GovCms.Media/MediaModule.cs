using GovCms.Modules;
using GovCms.Security;

namespace GovCms.Media;

/// <summary>
/// The media library of every site: its documents, audio, video and images, uploaded by content type, with where each
/// is used; the engine's <see cref="IMediaLibrary"/> does the work, so editors of other modules use it without this module.
/// </summary>
public sealed class MediaModule : Module
{
    public const string Id = "Media";
    public const string Manage = "Media.Manage";

    public override ModuleManifest Manifest { get; } = new(Id, "Thư viện tệp",
        "Tài liệu, âm thanh, video và ảnh của cổng: tải lên, xem nơi dùng, xóa tệp không còn dùng.") { AlwaysEnabled = true };

    public override IEnumerable<Permission> Permissions =>
        [new(Manage, "Tải lên và quản lý tệp trong thư viện", BuiltInRoles.Author, BuiltInRoles.Reviewer, BuiltInRoles.Approver)];

    public override IEnumerable<AdminMenuItem> AdminMenu => [new("Thư viện tệp", "media", Manage, 40, "Nội dung")];

    public override void MapEndpoints(ModuleEndpoints endpoints) => MediaAdminApi.Map(endpoints.AdminApi);
}
