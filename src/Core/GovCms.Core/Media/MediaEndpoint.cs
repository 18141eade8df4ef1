using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace GovCms.Media;

internal static class MediaEndpoint
{
    /// <summary>{tenant base}/media/...: the tenant's uploaded files, cached for good since a file never changes.</summary>
    public static void MapGovCmsMedia(this IEndpointRouteBuilder app) =>
        app.MapGet($"/{MediaStore.UrlSegment}/{{**path}}", (HttpContext http, MediaStore store, string path) =>
        {
            if (store.Find(path) is not { } file)
            {
                return Results.NotFound();
            }

            http.Response.Headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable";
            http.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
            return Results.File(file.PhysicalPath, file.Format.ContentType, enableRangeProcessing: true);
        });
}
