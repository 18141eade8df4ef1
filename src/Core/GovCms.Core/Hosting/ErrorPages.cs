using System.Net;
using Microsoft.AspNetCore.Http;

namespace GovCms.Hosting;

/// <summary>Vietnamese error pages for people, problem details for the API.</summary>
public static class ErrorPages
{
    private static readonly Dictionary<int, (string Title, string Detail)> Texts = new()
    {
        [400] = ("Yêu cầu không hợp lệ", "Yêu cầu gửi lên không đúng định dạng."),
        [401] = ("Cần đăng nhập", "Bạn cần đăng nhập để tiếp tục."),
        [403] = ("Không có quyền truy cập", "Tài khoản của bạn không có quyền thực hiện thao tác này."),
        [404] = ("Không tìm thấy trang", "Trang bạn tìm không tồn tại hoặc đã được chuyển đi."),
        [405] = ("Phương thức không được hỗ trợ", "Địa chỉ này không nhận loại yêu cầu đã gửi."),
        [409] = ("Xung đột dữ liệu", "Dữ liệu đã thay đổi trong lúc bạn thao tác."),
        [410] = ("Trang không còn hoạt động", "Cổng thông tin này đã ngừng hoạt động."),
        [413] = ("Dữ liệu quá lớn", "Dữ liệu gửi lên vượt quá dung lượng cho phép."),
        [415] = ("Định dạng không được hỗ trợ", "Nội dung gửi lên phải ở định dạng JSON."),
        [429] = ("Quá nhiều yêu cầu", "Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau."),
        [500] = ("Lỗi hệ thống", "Đã có lỗi xảy ra. Vui lòng thử lại sau."),
        [503] = ("Trang tạm ngừng hoạt động", "Cổng thông tin này đang tạm ngừng hoạt động."),
    };

    public static (string Title, string Detail) TextFor(int status) =>
        Texts.TryGetValue(status, out var text) ? text : ("Lỗi", "Không thể xử lý yêu cầu.");

    public static bool IsApiRequest(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") ||
        context.Request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.OrdinalIgnoreCase) == true);

    public static Task WriteAsync(HttpContext context, int status)
    {
        if (context.Response.HasStarted)
        {
            return Task.CompletedTask;
        }

        var (title, detail) = TextFor(status);
        context.Response.StatusCode = status;
        if (IsApiRequest(context))
        {
            return context.Response.WriteAsJsonAsync(new { status, title, detail }, options: null, contentType: "application/problem+json; charset=utf-8");
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        var home = WebUtility.HtmlEncode(context.Request.PathBase.HasValue ? context.Request.PathBase.Value : "/");
        return context.Response.WriteAsync($$"""
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{title}}</title>
            <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1a1a1a}a{color:#0b5394}</style></head>
            <body><main><h1>{{title}}</h1><p>{{detail}}</p><p><a href="{{home}}">Về trang chủ</a></p><p><small>Mã lỗi {{status}}</small></p></main></body></html>
            """);
    }
}
