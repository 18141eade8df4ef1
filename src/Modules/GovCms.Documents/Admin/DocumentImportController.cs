using GovCms.Admin;
using GovCms.Content;
using GovCms.Documents.Import;
using GovCms.Import;
using GovCms.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace GovCms.Documents.Admin;

/// <summary>The preview of a registry file: its plan, the file kept under <see cref="Token"/> for the import.</summary>
public sealed record DocumentImportPreview(string FileName, string Token, DocumentImportPlan Plan);

/// <summary>
/// {site}/admin/documents/import, "Nhập từ tệp": upload a CSV or XLSX registry, see what will be created, skipped as already
/// there, or refused (by row and column), then import it in one transaction. Plain forms: no JavaScript needed.
/// </summary>
[Route("admin/documents/import")]
[RequirePermission(ContentPermissions.Edit)]
public sealed class DocumentImportController(DocumentImporter importer, ImportUploads uploads) : AdminController
{
    /// <summary>The file and the form around it.</summary>
    private const long UploadLimit = TableFile.MaxBytes + 64 * 1024;

    [HttpGet("")]
    public IActionResult Index() => View();

    [HttpPost("")]
    [RequestSizeLimit(UploadLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadLimit)]
    public async Task<IActionResult> Preview(IFormFile? file)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError(TableFile.Field, file is null ? "Hãy chọn tệp sổ văn bản (.csv hoặc .xlsx)." : "Tệp rỗng.");
            return Refused();
        }

        await using var content = new MemoryStream();
        await file.CopyToAsync(content, HttpContext.RequestAborted);
        content.Position = 0;
        var name = Path.GetFileName(file.FileName);
        var plan = await importer.PreviewAsync(content, name, HttpContext.RequestAborted);
        if (!plan.Succeeded)
        {
            ModelState.AddOutcome(plan);
            return Refused();
        }

        var token = await uploads.KeepAsync(CurrentTenant.Id, content, name, HttpContext.RequestAborted);
        return View(nameof(Preview), new DocumentImportPreview(name, token, plan.Value!));
    }

    [HttpPost("run")]
    public async Task<IActionResult> Run(string? token, string? fileName)
    {
        if (uploads.Find(CurrentTenant.Id, token) is not { } path)
        {
            FlashError("Tệp đã xem trước không còn: hãy tải tệp lên lại.");
            return RedirectToAction(nameof(Index));
        }

        await using var content = new MemoryStream(await System.IO.File.ReadAllBytesAsync(path, HttpContext.RequestAborted));
        var result = await importer.ImportAsync(content, path, cancellationToken: HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            FlashError(result.Message);
            return RedirectToAction(nameof(Index));
        }

        uploads.Forget(CurrentTenant.Id, token!);
        var done = result.Value!;
        Flash($"Đã nhập {done.Created} văn bản (bản nháp) từ \"{Path.GetFileName(fileName ?? "")}\""
            + (done.Skipped > 0 ? $", bỏ qua {done.Skipped} văn bản đã có" : "")
            + (done.Failed > 0 ? $", {done.Failed} dòng lỗi không nhập" : "") + ".");
        return Redirect(Url.Content("~/admin/content?type=" + DocumentsModule.Document.Name));
    }

    private ViewResult Refused()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Index));
    }
}
