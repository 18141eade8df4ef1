using GovCms.Hosting;
using GovCms.Provisioning;
using GovCms.Recipes;
using GovCms.Security;
using GovCms.Tenants;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace GovCms.TenantAdmin;

/// <summary>
/// /api/admin/provisioning: creates sites below the current site from a recipe. The preview runs the same
/// recipe and rolls it back, so it reports every problem the real run would meet, and what it would create.
/// </summary>
internal static class ProvisioningApi
{
    public const long RecipeBodyBytes = 32 * 1024 * 1024;

    public static void Map(IEndpointRouteBuilder adminApi)
    {
        // A whole exported site may come as "recipeJson": more than the 1 MB of the other JSON endpoints.
        var provisioning = adminApi.MapGroup("/provisioning").RequirePermission(TenantPermissions.Provision)
            .WithMetadata(new RequestSizeLimitAttribute(RecipeBodyBytes));

        provisioning.MapGet("/recipes", (ICurrentTenant current, RecipeLibrary library, IOptions<TenancyOptions> tenancy) =>
            Results.Ok(library.All.Select(entry => RecipeDto.From(entry, current.Required, tenancy.Value))));

        provisioning.MapPost("/preview", (HttpContext http, ICurrentTenant current, TenantProvisioner provisioner, ProvisioningCallers callers, ProvisioningInput input) =>
            RunAsync(http, current.Required, provisioner, callers, input, dryRun: true));

        provisioning.MapPost("", (HttpContext http, ICurrentTenant current, TenantProvisioner provisioner, ProvisioningCallers callers, ProvisioningInput input) =>
            RunAsync(http, current.Required, provisioner, callers, input, dryRun: false));
    }

    private static async Task<IResult> RunAsync(
        HttpContext http, TenantContext current, TenantProvisioner provisioner, ProvisioningCallers callers, ProvisioningInput input, bool dryRun)
    {
        var result = await provisioner.ProvisionAsync(new ProvisioningRequest
        {
            Recipe = input.Recipe,
            RecipeJson = input.RecipeJson,
            Parameters = input.Parameters ?? [],
            ParentId = current.Id,
            Within = current.Id,
            DryRun = dryRun,
            Caller = await callers.OfAsync(http.User, http.RequestAborted),
        }, http.RequestAborted);
        if (!result.Succeeded)
        {
            return ApiResults.Invalid(result.Errors);
        }

        var body = ProvisioningDto.From(result);
        return dryRun ? Results.Ok(body) : Results.Created($"tenants/{result.Tenants[0].Id}", body);
    }
}

/// <summary>A recipe by name ("commune"), or a whole recipe as JSON text (e.g. exported from another site), and its parameters.</summary>
public sealed record ProvisioningInput(string? Recipe, string? RecipeJson, Dictionary<string, string>? Parameters);

public sealed record RecipeParameterDto(string Name, string Description, bool Required, string? Default);

/// <summary>A recipe of the library as a form can show it; <see cref="CreatesHere"/> says whether it creates a site allowed below this one.</summary>
public sealed record RecipeDto(
    string Name, string? Description, string? Version, string? Level, bool CreatesHere,
    IReadOnlyList<RecipeParameterDto> Parameters, IReadOnlyList<string> Errors)
{
    public static RecipeDto From(RecipeEntry entry, TenantContext current, TenancyOptions tenancy)
    {
        var recipe = entry.Recipe;
        var level = recipe?.Level is { } name ? tenancy.FindLevel(name) : null;
        return new RecipeDto(entry.Name, recipe?.Description, recipe?.Version, recipe?.Level,
            level is not null && level.Parents.Contains(current.Level, StringComparer.OrdinalIgnoreCase),
            recipe?.Parameters.Select(p => new RecipeParameterDto(p.Name, p.Description, p.Required, p.Default)).ToList() ?? [],
            entry.Errors.Select(e => e.ToString()).ToList());
    }
}

/// <param name="Id">Null in a preview: nothing was kept.</param>
public sealed record ProvisionedTenantDto(int? Id, string Name, string Slug, string DisplayName, string Level, int? ParentId, string? UrlPrefix, IReadOnlyList<string> HostNames, string Url);

/// <summary>What a provisioning created, or in a preview what it would create: the sites, then every change in order.</summary>
public sealed record ProvisioningDto(string Recipe, bool DryRun, IReadOnlyList<ProvisionedTenantDto> Tenants, IReadOnlyList<ProvisioningChange> Changes)
{
    public static ProvisioningDto From(ProvisioningResult result) => new(result.Recipe, result.DryRun,
        result.Tenants.Select(t => new ProvisionedTenantDto(result.DryRun ? null : t.Id, t.Name, t.Slug, t.DisplayName, t.Level,
            result.DryRun ? null : t.ParentId, t.UrlPrefix, t.HostNames, TenantUrls.BasePath(t) + "/")).ToList(),
        result.Changes);
}
