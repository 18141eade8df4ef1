using Microsoft.AspNetCore.Http;

namespace GovCms.Hosting;

/// <summary>
/// Cross-site request forgery on the JSON API: every POST, PUT, PATCH and DELETE under {site}/api must carry
/// the header <c>X-GovCms-Request</c> (any value, e.g. "1"). A form or a no-cors fetch of another origin
/// cannot send a custom header, and a script of another origin cannot either without a CORS preflight,
/// which the host never allows; so a request with the header comes from a page of the host itself or
/// from a program. The admin pages are MVC forms and check their antiforgery token instead.
/// </summary>
public sealed class ApiRequestGuard(RequestDelegate next)
{
    public const string HeaderName = "X-GovCms-Request";

    public const string Refusal =
        "Yêu cầu bị từ chối vì thiếu tiêu đề X-GovCms-Request: mọi yêu cầu thay đổi dữ liệu qua API phải có tiêu đề này, " +
        "để một trang web khác không thể gửi thay bạn.";

    public Task InvokeAsync(HttpContext context)
    {
        if (!IsStateChanging(context.Request) || !string.IsNullOrWhiteSpace(context.Request.Headers[HeaderName]))
        {
            return next(context);
        }

        return ApiResults.Problem(StatusCodes.Status400BadRequest, Refusal).ExecuteAsync(context);
    }

    private static bool IsStateChanging(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") &&
        !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method));
}
