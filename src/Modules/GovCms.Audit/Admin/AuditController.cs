using GovCms.Admin;
using GovCms.Security;
using Microsoft.AspNetCore.Mvc;

namespace GovCms.Audit.Admin;

public sealed record AuditPageModel(AuditFilter Filter, AuditPage Result, Pager Pager, string? DateError);

/// <summary>The site's log: filter by user, type and dates, read page by page, download as CSV.</summary>
[Route("admin/audit")]
[RequirePermission(AuditModule.View)]
public sealed class AuditController(AuditSearch search, AuditVocabulary vocabulary) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] AuditFilter filter)
    {
        var dateError = AuditSearch.InvalidDate(filter) is { } date ? $"Ngày \"{date}\" không hợp lệ: hãy chọn ngày trong lịch." : null;
        var result = await search.FindAsync(dateError is null ? filter : filter with { From = null, To = null });
        var pager = new Pager(result.Page, result.PageCount, page => Url.Action(nameof(Index), filter with { Page = page })!);
        return View(new AuditPageModel(filter, result, pager, dateError));
    }

    [HttpGet("export.csv")]
    public IActionResult Export([FromQuery] AuditFilter filter)
    {
        if (AuditSearch.InvalidDate(filter) is not null)
        {
            return BadRequest();
        }

        return new FileCallbackResult(AuditCsv.ContentType, "nhat-ky.csv",
            (stream, cancellationToken) => AuditCsv.WriteAsync(stream, search.ExportAsync(filter), vocabulary, cancellationToken));
    }

    /// <summary>Writes the file as it is read from the database, without holding it in memory.</summary>
    private sealed class FileCallbackResult(string contentType, string fileName, Func<Stream, CancellationToken, Task> write) : FileResult(contentType)
    {
        public override async Task ExecuteResultAsync(ActionContext context)
        {
            var response = context.HttpContext.Response;
            response.ContentType = ContentType;
            response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
            await write(response.Body, context.HttpContext.RequestAborted);
        }
    }
}
