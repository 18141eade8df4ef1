using GovCms.Hosting;
using GovCms.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovCms.Users;

/// <summary>/api/auth: sign in and out on the current site, and who am I.</summary>
internal static class AuthApi
{
    public static void Map(IEndpointRouteBuilder publicApi)
    {
        publicApi.MapPost("/auth/login", async (SignInService signIn, LoginInput input) =>
        {
            if (string.IsNullOrWhiteSpace(input.UserName) || string.IsNullOrEmpty(input.Password))
            {
                return ApiResults.Invalid(new Dictionary<string, string> { ["userName"] = "Vui lòng nhập tên đăng nhập và mật khẩu." });
            }

            var outcome = await signIn.SignInAsync(input.UserName, input.Password, input.Remember);
            return outcome.Succeeded ? Results.NoContent() : ApiResults.Problem(StatusCodes.Status401Unauthorized, outcome.Error!);
        });

        publicApi.MapPost("/auth/logout", async (SignInService signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.NoContent();
        });

        publicApi.MapGet("/auth/me", async (HttpContext http, IPermissionService permissions) =>
                Results.Ok(new
                {
                    userName = http.User.Identity!.Name,
                    userTenantId = http.User.UserTenantId(),
                    permissions = (await permissions.GetPermissionsAsync(http.User)).Order(),
                }))
            .RequireAuthorization();
    }
}

public sealed record LoginInput(string? UserName, string? Password, bool Remember = false);
