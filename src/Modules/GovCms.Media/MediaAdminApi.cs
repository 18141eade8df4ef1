using GovCms.Hosting;
using GovCms.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace GovCms.Media;

/// <summary>/api/admin/media: the site's library as JSON (list, one file with where it is used, upload, delete).</summary>
internal static class MediaAdminApi
{
    public static void Map(IEndpointRouteBuilder adminApi)
    {
        var media = adminApi.MapGroup("/media").RequirePermission(MediaModule.Manage).WithTags("Thư viện tệp");

        media.MapGet("", async (MediaLibrary library, string? kind, int? page, int? pageSize) =>
        {
            if (kind is { Length: > 0 } && MediaKinds.Parse(kind) is null)
            {
                return ApiResults.Invalid(new Dictionary<string, string> { ["kind"] = KindError(kind) });
            }

            var result = await library.ListAsync(MediaKinds.Parse(kind), page ?? 1, pageSize ?? 20);
            var usages = await library.UsagesAsync(result.Files.Select(f => f.Url).ToList());
            return Results.Ok(new
            {
                result.Page, result.PageSize, result.Total, result.PageCount,
                Files = result.Files.Select(f => MediaFileDto.From(f, usages[f.Url])),
            });
        }).WithName("ListMedia").WithSummary("Tệp của cổng, mới nhất trước; lọc theo loại (image, document, audio, video)");

        media.MapGet("/{id:long}", async (MediaLibrary library, long id) =>
            await library.FindAsync(id) is { } file
                ? Results.Ok(MediaFileDto.From(file, (await library.UsagesAsync([file.Url]))[file.Url]))
                : ApiResults.NotFound("Không có tệp này trong thư viện."))
            .WithName("GetMedia").WithSummary("Một tệp và nơi nó được dùng");

        media.MapPost("", async (HttpContext http, MediaLibrary library, IOptions<MediaOptions> options) =>
        {
            if (!http.Request.HasFormContentType)
            {
                return ApiResults.Invalid(new Dictionary<string, string> { ["file"] = "Hãy gửi tệp trong một biểu mẫu multipart/form-data, trường \"file\"." });
            }

            // The request's own limit already holds (MediaUpload); the form reader must not stop earlier.
            http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = options.Value.LargestUpload + 1024 * 1024 }));
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            if (form.Files.GetFile("file") is not { } file)
            {
                return ApiResults.Invalid(new Dictionary<string, string> { ["file"] = "Hãy chọn một tệp để tải lên (trường \"file\")." });
            }

            await using var content = file.OpenReadStream();
            var stored = await library.UploadAsync(content, file.FileName, null, http.RequestAborted);
            return stored.Succeeded
                ? Results.Created($"media/{stored.Value!.Id}", MediaFileDto.From(stored.Value, []))
                : ApiResults.Failed(stored);
        }).WithMetadata(new MediaUploadAttribute()).DisableAntiforgery()
            .WithName("UploadMedia").WithSummary("Tải một tệp lên (multipart, trường \"file\"); loại được nhận ra từ nội dung tệp");

        media.MapDelete("/{id:long}", async (MediaLibrary library, long id) =>
        {
            var deleted = await library.DeleteAsync(id);
            if (deleted.Succeeded)
            {
                return Results.NoContent();
            }

            if (deleted.Failure != OutcomeFailure.Conflict)
            {
                return ApiResults.Failed(deleted);
            }

            var url = (await library.FindAsync(id))!.Url;
            var usages = (await library.UsagesAsync([url]))[url];
            return Results.Problem(deleted.Message, statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["usages"] = usages.Select(MediaUsageDto.From).ToList() });
        }).WithName("DeleteMedia").WithSummary("Xóa một tệp; bị từ chối (409, kèm nơi dùng) khi tệp đang được dùng");
    }

    private static string KindError(string kind) => $"Loại \"{kind}\" không có: hãy dùng image, document, audio hoặc video.";
}

internal sealed record MediaUsageDto(string Kind, string Id, string Title)
{
    public static MediaUsageDto From(MediaUsage usage) => new(usage.Kind, usage.Id, usage.Title);
}

internal sealed record MediaFileDto(long Id, string Url, string FileName, string Kind, string ContentType, string Format, long Bytes, DateTime UploadedUtc, string? UploadedBy, IReadOnlyList<MediaUsageDto> UsedBy)
{
    public static MediaFileDto From(MediaFileInfo file, IReadOnlyList<MediaUsage> usages) =>
        new(file.Id, file.Url, file.FileName, MediaKinds.Key(file.Kind), file.ContentType, file.Format, file.Bytes, file.UploadedUtc, file.UploadedBy,
            usages.Select(MediaUsageDto.From).ToList());
}
