using GovCms.Modules;
using GovCms.Recipes;
using GovCms.Security;
using GovCms.Users.Passwords;
using GovCms.Users.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Users;

/// <summary>Sign-in, users and roles of a site.</summary>
public sealed class UsersModule : Module
{
    public const string Id = "Users";
    public const string ManageUsers = "Users.Manage";

    public override ModuleManifest Manifest { get; } = new(Id, "Người dùng", "Đăng nhập, tài khoản và vai trò của cổng.") { AlwaysEnabled = true };

    public override IEnumerable<Permission> Permissions => [new(ManageUsers, "Quản lý người dùng và vai trò")];

    public override IEnumerable<Audit.AuditLabel> AuditLabels => UserAuditActions.Labels;

    public override IEnumerable<AdminMenuItem> AdminMenu => [new("Người dùng", "users", ManageUsers, 800, "Hệ thống")];

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddRecipeStep<UsersStep>();
        services.AddRecipeStepSchema<UsersStep>("users");
        services.AddScoped<PasswordResetMail>();
        services.AddScoped<IAdminHeaderLink, AccountHeaderLink>();
        services.AddRecipeStepPermission("users", ManageUsers);
        services.AddRecipeStepPermission("roles", ManageUsers);
    }

    public override void MapEndpoints(ModuleEndpoints endpoints)
    {
        AuthApi.Map(endpoints.PublicApi);
        UserAdminApi.Map(endpoints.AdminApi);
    }
}
