using System.Net;
using GovCms.Tenants;
using GovCms.Themes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Hosting;

/// <summary>What an error page shows: the status and its Vietnamese title and explanation.</summary>
public sealed record ErrorPageModel(int Status, string Title, string Detail);

/// <summary>
/// Vietnamese error pages for people, problem details for the API. On a site, the page is the theme's "Error"
/// view inside the site's layout (its name, menu, search and a way home); without a site, or when the theme
/// cannot render, a plain page with the default theme's stylesheets. Never a stack trace.
/// </summary>
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

    public static async Task WriteAsync(HttpContext context, int status)
    {
        if (context.Response.HasStarted)
        {
            return;
        }

        var (title, detail) = TextFor(status);
        context.Response.StatusCode = status;
        if (IsApiRequest(context))
        {
            await context.Response.WriteAsJsonAsync(new { status, title, detail }, options: null, contentType: "application/problem+json; charset=utf-8");
            return;
        }

        var model = new ErrorPageModel(status, title, detail);
        var html = await ThemedErrorPage.RenderAsync(context, model) ?? Plain(context, model);
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(html);
    }

    private static string Plain(HttpContext context, ErrorPageModel model)
    {
        var home = WebUtility.HtmlEncode(context.Request.PathBase.HasValue ? context.Request.PathBase.Value + "/" : "/");
        var themes = context.RequestServices.GetService<ThemeCatalog>();
        var tenant = context.RequestServices.GetService<ICurrentTenant>()?.Tenant;
        var stylesheets = string.Concat((themes?.Stylesheets(tenant?.Theme) ?? []).Select(href => $"""<link rel="stylesheet" href="{WebUtility.HtmlEncode(href)}">"""));
        var unit = tenant is null ? "" : $"""<p class="identity__name">{WebUtility.HtmlEncode(SiteIdentity.For(tenant, context.RequestServices.GetRequiredService<ITenantCatalog>()).FullName)}</p>""";
        return $$"""
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex"><title>{{model.Title}}</title>{{stylesheets}}</head>
            <body><header class="site-header"><div class="container site-header__inner">{{unit}}<p class="identity__eyebrow">Cổng thông tin điện tử</p></div></header>
            <main class="site-main container"><h1 class="page-title">{{model.Title}}</h1><p>{{model.Detail}}</p><p class="error-page__home"><a href="{{home}}">Về trang chủ</a></p><p class="error-page__code">Mã lỗi {{model.Status}}</p></main></body></html>
            """;
    }
}
