using GovCms.Modules;
using GovCms.Security;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Audit;

/// <summary>The site's audit log for administrators: filter, read, download as CSV. Nothing can change it.</summary>
public sealed class AuditModule : Module
{
    public const string Id = "Audit";
    public const string View = "Audit.View";

    public override ModuleManifest Manifest { get; } = new(Id, "Nhật ký hệ thống",
        "Nhật ký không sửa, không xóa được của mọi thao tác trên nội dung, người dùng và cổng.") { AlwaysEnabled = true };

    public override IEnumerable<Permission> Permissions => [new(View, "Xem và tải nhật ký hệ thống")];

    public override IEnumerable<AdminMenuItem> AdminMenu => [new("Nhật ký hệ thống", "audit", View, 930, "Hệ thống")];

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<AuditSearch>();
        services.AddSingleton<AuditDetails>();
    }

    public override void MapEndpoints(ModuleEndpoints endpoints) => AuditApi.Map(endpoints.AdminApi);
}
