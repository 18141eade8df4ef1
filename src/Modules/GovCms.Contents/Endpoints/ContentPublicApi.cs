using GovCms.Content;
using GovCms.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovCms.Contents.Endpoints;

/// <summary>Published content as JSON for apps and e-boards (Thông tư 22/2023: content shared as web services).</summary>
internal static class ContentPublicApi
{
    public static void Map(IEndpointRouteBuilder publicApi)
    {
        publicApi.MapGet("/content/{type}", async (IContentManager manager, HttpRequest request, string type, int? page, int? pageSize) =>
        {
            if (manager.GetType(type) is not { RoutePrefix: not null } definition)
            {
                return ApiResults.NotFound($"Loại nội dung '{type}' không tồn tại.");
            }

            var result = await manager.ListPublishedAsync(new ContentQuery(definition.Name, Page: page ?? 1, PageSize: pageSize ?? 20));
            return Results.Json(new { items = result.Items.Select(i => PublicContentDto.From(i, definition, request.PathBase)), result.Total, result.Page, result.PageSize, result.PageCount }, ContentJson.Options);
        });

        publicApi.MapGet("/content/{type}/{slug}", async (IContentManager manager, HttpRequest request, string type, string slug) =>
            manager.GetType(type) is { RoutePrefix: not null } definition && await manager.GetPublishedBySlugAsync(definition.Name, slug) is { } item
                ? Results.Json(PublicContentDto.From(item, definition, request.PathBase), ContentJson.Options)
                : ApiResults.NotFound("Không tìm thấy nội dung."));
    }
}
