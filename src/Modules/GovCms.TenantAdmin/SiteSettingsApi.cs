using System.Text.Json.Nodes;
using GovCms.Hosting;
using GovCms.Security;
using GovCms.Tenants;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovCms.TenantAdmin;

/// <summary>
/// /api/admin/settings: the typed settings sections of the site's enabled modules. PUT sets the fields it names and
/// keeps the others (400 with Vietnamese errors by field); a section of a module that is off answers 404.
/// </summary>
internal static class SiteSettingsApi
{
    public static void Map(IEndpointRouteBuilder adminApi)
    {
        adminApi.MapGet("/settings", (ICurrentTenant current, SiteSettingsCatalog sections, SiteSettingsStore store) =>
                Results.Ok(sections.EnabledOn(current.Required).Select(section => Dto(section, store.Values(section, current.Required)))))
            .RequirePermission(TenantPermissions.ManageSettings);

        adminApi.MapGet("/settings/{section}", (ICurrentTenant current, SiteSettingsCatalog sections, SiteSettingsStore store, string section) =>
                Find(sections, current.Required, section) is { } found ? Results.Ok(Dto(found, store.Values(found, current.Required))) : NotFound(section))
            .RequirePermission(TenantPermissions.ManageSettings);

        adminApi.MapPut("/settings/{section}", async (ICurrentTenant current, SiteSettingsCatalog sections, SiteSettingsStore store, string section, JsonObject input, CancellationToken cancellationToken) =>
            {
                if (Find(sections, current.Required, section) is not { } found)
                {
                    return NotFound(section);
                }

                var outcome = await store.SaveAsync(current.Required, found, input, cancellationToken);
                return ApiResults.From(outcome, changed => Dto(found, store.Values(found, changed)));
            })
            .RequirePermission(TenantPermissions.ManageSettings);
    }

    private static SiteSettingsSection? Find(SiteSettingsCatalog sections, TenantContext tenant, string name) =>
        sections.Find(name) is { } section && sections.IsEnabled(section, tenant) ? section : null;

    private static IResult NotFound(string section) => ApiResults.NotFound($"Không có mục cài đặt \"{section}\" ở cổng này.");

    private static object Dto(SiteSettingsSection section, JsonObject values) => new { name = section.Name, title = section.Title, values };
}
