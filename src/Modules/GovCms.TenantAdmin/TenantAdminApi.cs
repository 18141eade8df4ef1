using GovCms.Hosting;
using GovCms.Modules;
using GovCms.Provisioning;
using GovCms.Security;
using GovCms.Tenants;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovCms.TenantAdmin;

internal static class TenantAdminApi
{
    public static void Map(IEndpointRouteBuilder adminApi)
    {
        adminApi.MapGet("/tenant", (ICurrentTenant current, ITenantCatalog catalog) => Results.Ok(TenantDto.From(current.Required, catalog)))
            .RequireAuthorization();

        adminApi.MapPut("/tenant", async (ICurrentTenant current, ITenantCatalog catalog, TenantService tenants, TenantUpdateInput input) =>
            {
                var tenant = current.Required;
                var outcome = await tenants.UpdateAsync(tenant.Id, input.DisplayName ?? tenant.DisplayName, input.MergeInto(tenant.Settings), input.Theme);
                return ApiResults.From(outcome, changed => TenantDto.From(changed, catalog));
            })
            .RequirePermission(TenantPermissions.ManageSettings);

        adminApi.MapGet("/features", (ICurrentTenant current, ModuleCatalog modules) =>
                Results.Ok(modules.Modules.Select(m => new FeatureDto(
                    m.Manifest.Id, m.Manifest.Name, m.Manifest.Description, current.Required.HasFeature(m.Manifest.Id),
                    m.Manifest.AlwaysEnabled, m.Manifest.IsAllowedAt(current.Required.Level), m.Manifest.Dependencies))))
            .RequirePermission(TenantPermissions.ManageFeatures);

        adminApi.MapPost("/features/{id}", async (ICurrentTenant current, TenantService tenants, string id, FeatureInput input) =>
            {
                var outcome = await tenants.SetFeatureAsync(current.Required.Id, id, input.Enabled);
                return ApiResults.From(outcome, changed => changed.Features.Order());
            })
            .RequirePermission(TenantPermissions.ManageFeatures);

        adminApi.MapGet("/tenants", (ICurrentTenant current, ITenantCatalog catalog) =>
                Results.Ok(catalog.Children(current.Required.Id).Select(t => TenantDto.From(t, catalog))))
            .RequirePermission(TenantPermissions.Provision);

        adminApi.MapPost("/tenants", async (HttpContext http, ICurrentTenant current, ITenantCatalog catalog, TenantService tenants, ProvisioningCallers callers, TenantCreateRequest input) =>
            {
                var outcome = await tenants.CreateAsync(input with { ParentId = current.Required.Id }, await callers.OfAsync(http.User, http.RequestAborted), http.RequestAborted);
                return ApiResults.From(outcome, created => TenantDto.From(created, catalog), StatusCodes.Status201Created);
            })
            .RequirePermission(TenantPermissions.Provision);
    }
}

/// <summary>
/// A partial update of the site: what is absent or null stays as it is. <see cref="Settings"/> names only the keys
/// to change: a value sets the key, an empty value removes it, null leaves it.
/// </summary>
public sealed record TenantUpdateInput(string? DisplayName, Dictionary<string, string?>? Settings, string? Theme)
{
    public Dictionary<string, string> MergeInto(IReadOnlyDictionary<string, string> current)
    {
        var merged = current.ToDictionary();
        foreach (var (key, value) in Settings ?? [])
        {
            if (value is null)
            {
                continue;
            }

            if (value.Trim().Length == 0)
            {
                merged.Remove(key);
            }
            else
            {
                merged[key] = value.Trim();
            }
        }

        return merged;
    }
}

public sealed record FeatureInput(bool Enabled);

public sealed record FeatureDto(string Id, string Name, string Description, bool Enabled, bool AlwaysEnabled, bool AllowedAtLevel, IReadOnlyList<string> Dependencies);

public sealed record TenantDto(
    int Id, string Name, string Slug, string DisplayName, string Level, int? ParentId, IReadOnlyList<string> Chain,
    string? UrlPrefix, IReadOnlyList<string> HostNames, string State, int? SuccessorId, IReadOnlyList<string> Features,
    string Theme, IReadOnlyDictionary<string, string> Settings)
{
    public static TenantDto From(TenantContext tenant, ITenantCatalog catalog) => new(
        tenant.Id, tenant.Name, tenant.Slug, tenant.DisplayName, tenant.Level, tenant.ParentId,
        tenant.AncestorIds.Select(id => catalog.Find(id)?.DisplayName).OfType<string>().ToList(),
        tenant.UrlPrefix, tenant.HostNames, tenant.State.ToString(), tenant.SuccessorId, tenant.Features.Order().ToList(),
        tenant.Theme, tenant.Settings);
}
