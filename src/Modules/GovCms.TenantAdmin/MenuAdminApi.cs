using GovCms.Hosting;
using GovCms.Security;
using GovCms.Tenants;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovCms.TenantAdmin;

/// <summary>/api/admin/menu: the site's main navigation, read and replaced whole.</summary>
internal static class MenuAdminApi
{
    public static void Map(IEndpointRouteBuilder adminApi)
    {
        adminApi.MapGet("/menu", (ICurrentTenant current) => Results.Ok(new MenuDto(current.Required.Menu)))
            .RequirePermission(TenantPermissions.ManageSettings);

        adminApi.MapPut("/menu", async (ICurrentTenant current, TenantService tenants, MenuInput input) =>
            {
                var outcome = await tenants.SetMenuAsync(current.Required.Id, input.Entries ?? []);
                return ApiResults.From(outcome, tenant => new MenuDto(tenant.Menu));
            })
            .RequirePermission(TenantPermissions.ManageSettings);
    }
}

/// <summary>The whole menu, entries in display order.</summary>
public sealed record MenuInput(List<MenuEntryInput>? Entries);

public sealed record MenuDto(IReadOnlyList<MenuEntry> Entries);
