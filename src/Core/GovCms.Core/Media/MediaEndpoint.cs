using GovCms.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace GovCms.Media;

internal static class MediaEndpoint
{
    /// <summary>
    /// {tenant base}/media/...: the tenant's uploaded files, cached for good since a file never changes. The type is the
    /// one found in the content when it was uploaded (stored files are named by it), never guessed by the browser
    /// (nosniff); images, PDF, audio and video are shown inline, office files downloaded with the name they came with.
    /// Ranges are answered, so audio and video can be played from any point.
    /// </summary>
    public static void MapGovCmsMedia(this IEndpointRouteBuilder app) =>
        app.MapGet($"/{MediaStore.UrlSegment}/{{**path}}", async (HttpContext http, MediaStore store, GovCmsDbContext db, string path) =>
        {
            if (store.FindFile(path) is not { } file)
            {
                return Results.NotFound();
            }

            http.Response.Headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable";
            http.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
            var disposition = new ContentDispositionHeaderValue(file.Format.Inline ? "inline" : "attachment");
            if (file.Format.Kind != MediaKind.Image)
            {
                var name = await db.Set<MediaFile>().AsNoTracking().Where(f => f.Path == path).Select(f => f.FileName).FirstOrDefaultAsync(http.RequestAborted);
                disposition.SetHttpFileName(name ?? Path.GetFileName(file.PhysicalPath));
            }

            http.Response.Headers[HeaderNames.ContentDisposition] = disposition.ToString();
            return Results.File(file.PhysicalPath, file.Format.ContentType, enableRangeProcessing: true);
        });
}
