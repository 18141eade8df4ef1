using GovCms.Content;
using GovCms.Hosting;
using GovCms.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovCms.Audit;

/// <summary>/api/admin/audit: the site's log, read only (there is no way to change or remove an entry).</summary>
internal static class AuditApi
{
    public static void Map(IEndpointRouteBuilder adminApi)
    {
        var audit = adminApi.MapGroup("/audit").RequirePermission(AuditModule.View);

        audit.MapGet("", async (AuditSearch search, [AsParameters] AuditFilter filter) =>
        {
            if (AuditSearch.InvalidDate(filter) is { } date)
            {
                return ApiResults.Invalid(new Dictionary<string, string> { ["date"] = $"Ngày \"{date}\" không hợp lệ; hãy viết dạng năm-tháng-ngày, ví dụ 2026-03-05." });
            }

            var page = await search.FindAsync(filter);
            return Results.Json(new { items = page.Entries, page.Total, page.Page, page.PageCount }, ContentJson.Options);
        });

        audit.MapGet("/export", (AuditSearch search, AuditVocabulary vocabulary, HttpContext http, [AsParameters] AuditFilter filter) =>
            AuditSearch.InvalidDate(filter) is { } date
                ? ApiResults.Invalid(new Dictionary<string, string> { ["date"] = $"Ngày \"{date}\" không hợp lệ." })
                : Results.Stream(stream => AuditCsv.WriteAsync(stream, search.ExportAsync(filter), vocabulary, http.RequestAborted), AuditCsv.ContentType, "nhat-ky.csv"));
    }
}
