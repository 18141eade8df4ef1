using GovCms.Content.Parts;
using GovCms.Hosting;
using GovCms.Tenants;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovCms.Content.Public;

/// <summary>
/// Published content of every type with public pages as JSON for apps and e-boards (Thông tư 22/2023: content shared
/// as web services): <c>/api/content/{type}</c> and <c>/api/content/{type}/{slug}</c>, 404 where the type's module is off.
/// </summary>
internal static class PublicContentApi
{
    public static void MapPublicContentApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/content/{type}", async (IContentManager manager, ContentTypeCatalog types, ICurrentTenant current, PublicContentOutput output,
            HttpRequest request, string type, int? page, int? pageSize) =>
        {
            if (Public(types, current, type) is not { } definition)
            {
                return ApiResults.NotFound($"Loại nội dung '{type}' không tồn tại.");
            }

            var result = await manager.ListPublishedAsync(new ContentQuery(definition.Name, Page: page ?? 1, PageSize: pageSize ?? 20));
            return Results.Json(new { items = result.Items.Select(i => output.Of(i, definition, request.PathBase)), result.Total, result.Page, result.PageSize, result.PageCount }, ContentJson.Options);
        });

        api.MapGet("/content/{type}/{slug}", async (IContentManager manager, ContentTypeCatalog types, ICurrentTenant current, PublicContentOutput output,
            HttpRequest request, string type, string slug) =>
            Public(types, current, type) is { } definition && await manager.GetPublishedBySlugAsync(definition.Name, slug) is { } item
                ? Results.Json(output.Of(item, definition, request.PathBase), ContentJson.Options)
                : ApiResults.NotFound("Không tìm thấy nội dung."));
    }

    /// <summary>The type when it has public pages and its module is on for the site.</summary>
    private static ContentTypeDefinition? Public(ContentTypeCatalog types, ICurrentTenant current, string type) =>
        current.Tenant is { } site && types.FindEnabled(type, site) is { RoutePrefix: not null } definition ? definition : null;
}
