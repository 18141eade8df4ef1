using System.Globalization;
using GovCms.Hosting;
using GovCms.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovCms.Users;

/// <summary>/api/auth: sign in and out on the current site, who am I, and one's own account.</summary>
internal static class AuthApi
{
    public static void Map(IEndpointRouteBuilder publicApi)
    {
        publicApi.MapPost("/auth/login", async (HttpContext http, SignInService signIn) =>
        {
            var (input, errors) = await LoginInput.ReadAsync(http.Request);
            if (input is null)
            {
                return ApiResults.Invalid(errors);
            }

            var outcome = await signIn.SignInAsync(input.UserName, input.Password, input.Remember);
            if (outcome.Succeeded)
            {
                return Results.NoContent();
            }

            if (outcome.RetryAfter is { } wait)
            {
                http.Response.Headers.RetryAfter = RetryAfterSeconds(wait);
                return ApiResults.Problem(StatusCodes.Status429TooManyRequests, outcome.Error!);
            }

            return ApiResults.Problem(StatusCodes.Status401Unauthorized, outcome.Error!);
        });

        publicApi.MapPost("/auth/logout", async (SignInService signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.NoContent();
        });

        publicApi.MapGet("/auth/me", async (HttpContext http, IPermissionService permissions, AccountService accounts) =>
                await accounts.CurrentAsync(http.User) is not { } user
                    ? Results.Unauthorized()
                    : Results.Ok(new
                    {
                        userName = http.User.Identity!.Name,
                        userTenantId = http.User.UserTenantId(),
                        displayName = user.DisplayName,
                        email = user.Email,
                        permissions = (await permissions.GetPermissionsAsync(http.User)).Order(),
                        // Giám sát: may read everything the permissions show, and change nothing.
                        readOnly = await permissions.IsReadOnlyAsync(http.User),
                    }))
            .RequireAuthorization();

        // One's own display name and e-mail address.
        publicApi.MapPut("/auth/me", async (HttpContext http, AccountService accounts, ProfileInput input) =>
                Answer(await accounts.UpdateProfileAsync(http.User, input.DisplayName, input.Email)))
            .RequireAuthorization();

        // One's own password: the other sessions end, this one gets a new cookie.
        publicApi.MapPost("/auth/password", async (HttpContext http, AccountService accounts, PasswordChangeInput input) =>
                Answer(await accounts.ChangePasswordAsync(http.User, input.CurrentPassword, input.NewPassword)))
            .RequireAuthorization();
    }

    /// <summary>Whole seconds, rounded up, as the Retry-After header wants them.</summary>
    public static string RetryAfterSeconds(TimeSpan wait) =>
        ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    private static IResult Answer(Outcome outcome) => ApiResults.From(outcome, Results.NoContent);
}

public sealed record ProfileInput(string? DisplayName, string? Email);

public sealed record PasswordChangeInput(string? CurrentPassword, string? NewPassword);
