using GovCms.Admin;
using GovCms.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace GovCms.Media.Admin;

public sealed record MediaRow(MediaFileInfo File, IReadOnlyList<MediaUsage> Usages);

public sealed record MediaLibraryPage(MediaKind? Kind, IReadOnlyList<MediaRow> Rows, int Total, Pager Pager, MediaOptions Limits);

public sealed record MediaDeletePage(MediaFileInfo File, IReadOnlyList<MediaUsage> Usages);

/// <summary>{site}/admin/media: the site's files page by page, filtered by kind, with an upload form that needs no JavaScript.</summary>
[Route("admin/media")]
[RequirePermission(MediaModule.Manage)]
public sealed class MediaLibraryController(MediaLibrary library, IOptions<MediaOptions> options) : AdminController
{
    private const int PageSize = 20;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? kind, int page = 1)
    {
        var model = await PageAsync(kind, page);
        return page > 1 && page > model.Pager.PageCount ? NotFound() : View(model);
    }

    [HttpPost("")]
    [MediaUpload]
    [RequestFormLimits(MultipartBodyLengthLimit = long.MaxValue)]
    public async Task<IActionResult> Upload(IFormFile? file, string? kind)
    {
        if (file is null)
        {
            ModelState.AddModelError("file", "Hãy chọn một tệp để tải lên.");
        }
        else
        {
            await using var content = file.OpenReadStream();
            var stored = await library.UploadAsync(content, file.FileName, null, HttpContext.RequestAborted);
            if (stored.Succeeded)
            {
                Flash($"Đã tải lên \"{stored.Value!.FileName}\" ({MediaKinds.DisplayName(stored.Value.Kind)}, {MediaSize.Format(stored.Value.Bytes)}).");
                return RedirectToAction(nameof(Index));
            }

            ModelState.AddOutcome(stored);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Index), await PageAsync(kind, 1));
    }

    private async Task<MediaLibraryPage> PageAsync(string? kind, int page)
    {
        var filter = MediaKinds.Parse(kind);
        var result = await library.ListAsync(filter, page, PageSize);
        var usages = await library.UsagesAsync(result.Files.Select(f => f.Url).ToList());
        var key = filter is { } k ? MediaKinds.Key(k) : null;
        var pager = new Pager(result.Page, result.PageCount, p => Url.Action(nameof(Index), new { kind = key, page = p })!);
        return new MediaLibraryPage(filter, result.Files.Select(f => new MediaRow(f, usages[f.Url])).ToList(), result.Total, pager, options.Value);
    }

    [HttpGet("{id:long}/delete")]
    public async Task<IActionResult> Delete(long id)
    {
        if (await library.FindAsync(id) is not { } file)
        {
            return NotFound();
        }

        return View(new MediaDeletePage(file, (await library.UsagesAsync([file.Url]))[file.Url]));
    }

    [HttpPost("{id:long}/delete")]
    public async Task<IActionResult> DeleteConfirmed(long id)
    {
        var deleted = await library.DeleteAsync(id);
        if (deleted.Failure == OutcomeFailure.NotFound)
        {
            return NotFound();
        }

        if (deleted.Succeeded)
        {
            Flash($"Đã xóa \"{deleted.Value!.FileName}\".");
        }
        else
        {
            FlashError(deleted.Message);
        }

        return RedirectToAction(nameof(Index));
    }
}
