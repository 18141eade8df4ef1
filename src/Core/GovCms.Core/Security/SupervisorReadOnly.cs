using GovCms.Hosting;
using Microsoft.AspNetCore.Http;

namespace GovCms.Security;

/// <summary>
/// Giám sát is read-only in one place for every module: a signed-in user whose grants on the current site are
/// supervision only gets 403 for every request that could change something (any method but GET, HEAD, OPTIONS),
/// except signing in or out and their own account. Modules need not check it themselves.
/// </summary>
public sealed class SupervisorReadOnly(RequestDelegate next)
{
    public const string Refusal = "Bạn đang xem với vai trò Giám sát: chỉ được xem, không được thay đổi dữ liệu của đơn vị này.";

    private static readonly PathString[] OwnAccount =
    [
        "/admin/login", "/admin/logout", "/admin/account", "/api/auth/login", "/api/auth/logout", "/api/auth/password",
    ];

    public async Task InvokeAsync(HttpContext context, IPermissionService permissions)
    {
        if (IsSafe(context.Request) || context.User.Identity?.IsAuthenticated != true
            || OwnAccount.Any(path => context.Request.Path.StartsWithSegments(path))
            || !await permissions.IsReadOnlyAsync(context.User, context.RequestAborted))
        {
            await next(context);
            return;
        }

        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await ApiResults.Problem(StatusCodes.Status403Forbidden, Refusal).ExecuteAsync(context);
            return;
        }

        // The status-code pages render the themed 403 page.
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
    }

    private static bool IsSafe(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method);
}
