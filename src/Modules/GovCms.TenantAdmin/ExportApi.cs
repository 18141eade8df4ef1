using GovCms.Recipes;
using GovCms.Security;
using GovCms.Tenants;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovCms.TenantAdmin;

/// <summary>GET /api/admin/export: the current site as a recipe file that provisions an equal site.</summary>
internal static class ExportApi
{
    public static void Map(IEndpointRouteBuilder adminApi) =>
        adminApi.MapGet("/export", async (ICurrentTenant current, RecipeExporter exporter) =>
            {
                var recipe = await exporter.ExportAsync(current.Required);
                return Results.File(System.Text.Encoding.UTF8.GetBytes(RecipeExporter.ToText(recipe)), "application/json",
                    $"{recipe["name"]}{RecipeLibrary.FileSuffix}");
            })
            .RequirePermission(TenantPermissions.ManageSettings);
}
