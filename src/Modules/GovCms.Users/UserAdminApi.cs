using GovCms.Hosting;
using GovCms.Modules;
using GovCms.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovCms.Users;

/// <summary>/api/admin/users and /api/admin/roles of the current site.</summary>
internal static class UserAdminApi
{
    public static void Map(IEndpointRouteBuilder adminApi)
    {
        var users = adminApi.MapGroup("/users").RequirePermission(UsersModule.ManageUsers);
        users.MapGet("", async (UserAdminService service) => Results.Ok(await service.ListAsync()));

        users.MapPost("", async (UserAdminService service, UserInput input) =>
        {
            var outcome = await service.CreateAsync(input.UserName ?? "", input.DisplayName ?? "", input.Email, input.Password ?? "", input.Roles ?? []);
            return outcome.Value is { } user
                ? Results.Created($"users/{user.Id}", new { user.Id, user.UserName, user.DisplayName, user.Email })
                : ApiResults.Failed(outcome);
        });

        users.MapPut("/{id}/roles", async (UserAdminService service, string id, RolesInput input) =>
            Answer(await service.SetRolesAsync(id, input.Roles ?? [])));

        users.MapPut("/{id}", async (UserAdminService service, string id, ProfileInput input) =>
            Answer(await service.UpdateProfileAsync(id, input.DisplayName, input.Email)));

        // A new password set by the administrator: the user's sessions end and a lockout is lifted.
        users.MapPost("/{id}/password", async (UserAdminService service, string id, PasswordResetInput input) =>
            Answer(await service.ResetPasswordAsync(id, input.Password)));

        users.MapPost("/{id}/unlock", async (UserAdminService service, string id) => Answer(await service.UnlockAsync(id)));

        users.MapPost("/{id}/disable", async (UserAdminService service, string id) => Answer(await service.SetDisabledAsync(id, true)));
        users.MapPost("/{id}/enable", async (UserAdminService service, string id) => Answer(await service.SetDisabledAsync(id, false)));

        var roles = adminApi.MapGroup("/roles").RequirePermission(UsersModule.ManageUsers);
        roles.MapGet("", async (UserAdminService service) =>
            Results.Ok((await service.ListRolesAsync()).Select(r => new { r.Name, r.DisplayName, Permissions = r.Permissions.Select(p => p.Permission).Order() })));

        roles.MapPut("/{name}/permissions", async (UserAdminService service, ModuleCatalog modules, string name, PermissionsInput input) =>
            Answer(await service.SetRolePermissionsAsync(name, input.Permissions ?? [], modules.Permissions.Select(p => p.Name).ToHashSet())));

        adminApi.MapGet("/permissions", (ModuleCatalog modules) => Results.Ok(modules.Permissions))
            .RequirePermission(UsersModule.ManageUsers);
    }

    private static IResult Answer(Outcome outcome) => ApiResults.From(outcome, Results.NoContent);
}

public sealed record UserInput(string? UserName, string? DisplayName, string? Email, string? Password, List<string>? Roles);

public sealed record RolesInput(List<string>? Roles);

public sealed record PasswordResetInput(string? Password);

public sealed record PermissionsInput(List<string>? Permissions);
