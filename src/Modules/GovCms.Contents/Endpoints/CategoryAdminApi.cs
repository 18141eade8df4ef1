using GovCms.Content;
using GovCms.Contents.Categories;
using GovCms.Hosting;
using GovCms.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovCms.Contents.Endpoints;

internal static class CategoryAdminApi
{
    public static void Map(IEndpointRouteBuilder adminApi)
    {
        adminApi.MapGet("/categories", async (CategoryService categories) => Results.Ok(await categories.ListAsync()))
            .RequirePermission(ContentPermissions.Edit);

        adminApi.MapPost("/categories", async (CategoryService categories, CategoryInput input) =>
            {
                var outcome = await categories.CreateAsync(input.Name ?? "", input.Slug, input.Order);
                return outcome.Value is { } category ? Results.Created($"categories/{category.Slug}", category) : ApiResults.Failed(outcome);
            })
            .RequirePermission(ContentsModule.ManageCategories);
    }
}

public sealed record CategoryInput(string? Name, string? Slug, int Order = 0);
