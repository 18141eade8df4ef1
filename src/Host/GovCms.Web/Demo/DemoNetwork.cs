using GovCms.Provisioning;
using GovCms.Security;
using GovCms.Tenants;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Web.Demo;

/// <summary>
/// On an empty database, provisions the demo network with recipes/demo.recipe.json: one province, two
/// districts, two communes in each, Vietnamese sample news and pages, one administrator and one author per site.
/// </summary>
public static class DemoNetwork
{
    public const string DefaultPassword = "GovCms@2026";
    public const string Recipe = "demo";

    /// <returns>Whether the demo was provisioned now (false when the database had sites already).</returns>
    public static async Task<bool> EnsureAsync(IServiceProvider services, ILogger logger, string password)
    {
        if (services.GetRequiredService<ITenantCatalog>().Count > 0)
        {
            return false;
        }

        logger.LogInformation("Empty database: provisioning the demo network with the recipe '{Recipe}'", Recipe);
        var result = await services.GetRequiredService<TenantProvisioner>().ProvisionAsync(new ProvisioningRequest
        {
            Recipe = Recipe,
            Parameters = new Dictionary<string, string> { ["password"] = password },
        });
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The demo network could not be provisioned: {string.Join(Environment.NewLine, result.Errors)}");
        }

        return true;
    }

    /// <summary>The sites that have an administrator or an author (the demo's), parents before children, as printed at start.</summary>
    public static async Task<IReadOnlyList<(TenantContext Tenant, string? Administrator, string? Author)>> LoginsAsync(IServiceProvider services)
    {
        var catalog = services.GetRequiredService<ITenantCatalog>();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GovCms.Data.GovCmsDbContext>();
        var scopes = scope.ServiceProvider.GetRequiredService<ITenantScopes>();
        var holders = await scopes.Query<UserRole>(SiteScope.Everywhere)
            .Join(scopes.Query<TenantRole>(SiteScope.Everywhere), ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, ur.TenantId, Role = r.Name })
            .Join(db.Users, x => x.UserId, u => u.Id, (x, u) => new { x.TenantId, x.Role, u.UserName })
            .Where(x => x.Role == BuiltInRoles.Administrator || x.Role == BuiltInRoles.Author)
            .ToListAsync();
        string? Holder(int tenantId, string role) => holders.Where(h => h.TenantId == tenantId && h.Role == role).Select(h => h.UserName).Order().FirstOrDefault();

        var sites = new List<(TenantContext, string?, string?)>();
        void Visit(TenantContext tenant)
        {
            var (administrator, author) = (Holder(tenant.Id, BuiltInRoles.Administrator), Holder(tenant.Id, BuiltInRoles.Author));
            if (administrator is not null || author is not null)
            {
                sites.Add((tenant, administrator, author));
            }

            foreach (var child in catalog.Children(tenant.Id))
            {
                Visit(child);
            }
        }

        if (catalog.Root is { } root)
        {
            Visit(root);
        }

        return sites;
    }
}
