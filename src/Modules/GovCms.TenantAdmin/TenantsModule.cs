using GovCms.Modules;
using GovCms.Recipes;
using GovCms.Security;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.TenantAdmin;

/// <summary>The site's own settings and features, and the sites below it.</summary>
public sealed class TenantsModule : Module
{
    public const string Id = "Tenants";

    public override ModuleManifest Manifest { get; } = new(Id, "Quản lý đơn vị", "Thông tin, cài đặt, tính năng của cổng và các đơn vị cấp dưới.")
    {
        AlwaysEnabled = true,
    };

    public override IEnumerable<Permission> Permissions =>
    [
        new(TenantPermissions.ManageSettings, "Sửa thông tin và cài đặt của cổng"),
        new(TenantPermissions.ManageFeatures, "Bật, tắt tính năng"),
        new(TenantPermissions.Provision, "Tạo và quản lý đơn vị cấp dưới"),
    ];

    public override IEnumerable<AdminMenuItem> AdminMenu =>
    [
        new("Cài đặt", "settings", TenantPermissions.ManageSettings, 900, "Hệ thống"),
        new("Menu cổng", "menu", TenantPermissions.ManageSettings, 905, "Hệ thống"),
        new("Tính năng", "features", TenantPermissions.ManageFeatures, 910, "Hệ thống"),
        new("Đơn vị cấp dưới", "tenants", TenantPermissions.Provision, 920, "Hệ thống"),
    ];

    public override IEnumerable<DashboardWidget> DashboardWidgets => [new("ChildSites", TenantPermissions.Provision, 20)];

    /// <summary>Recipe steps run through the admin need the permissions of the APIs that do the same.</summary>
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddRecipeStepPermission(RecipeRunner.TenantBlock, TenantPermissions.Provision);
        services.AddRecipeStepPermission("tenants", TenantPermissions.Provision);
        services.AddRecipeStepPermission("features", TenantPermissions.ManageFeatures);
        foreach (var step in new[] { "theme", "settings", "menu", "siteSettings" })
        {
            services.AddRecipeStepPermission(step, TenantPermissions.ManageSettings);
        }
    }

    public override void MapEndpoints(ModuleEndpoints endpoints)
    {
        TenantAdminApi.Map(endpoints.AdminApi);
        SiteSettingsApi.Map(endpoints.AdminApi);
        MenuAdminApi.Map(endpoints.AdminApi);
        ProvisioningApi.Map(endpoints.AdminApi);
        ExportApi.Map(endpoints.AdminApi);
    }
}

public static class TenantPermissions
{
    public const string ManageSettings = "Tenants.ManageSettings";
    public const string ManageFeatures = "Tenants.ManageFeatures";
    public const string Provision = "Tenants.Provision";
}
