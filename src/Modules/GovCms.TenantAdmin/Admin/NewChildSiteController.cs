using GovCms.Admin;
using GovCms.Provisioning;
using GovCms.Recipes;
using GovCms.Security;
using GovCms.Tenants;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace GovCms.TenantAdmin.Admin;

/// <summary>What the administrator types to create a site below the current one.</summary>
public sealed class NewChildSiteForm
{
    public string? Recipe { get; set; }
    public string? UnitName { get; set; }
    public string? Code { get; set; }
    public string? Slug { get; set; }
    public string? HostName { get; set; }
}

/// <summary>A recipe that may create a site below the current one, as the select shows it.</summary>
public sealed record RecipeChoice(string Name, string? Description, string LevelName, bool CodeRequired);

/// <param name="Preview">What the recipe would create, after "Xem trước" succeeded.</param>
public sealed record NewChildSiteModel(string ParentName, NewChildSiteForm Form, IReadOnlyList<RecipeChoice> Recipes, ProvisioningResult? Preview, string? LevelName, string? Address);

/// <summary>
/// /admin/tenants/new: creates a site below the current one from a recipe, through the same
/// <see cref="TenantProvisioner"/> as the admin API: a preview (run and rolled back), then the real run.
/// </summary>
[Route("admin/tenants/new")]
[RequirePermission(TenantPermissions.Provision)]
public sealed class NewChildSiteController(TenantProvisioner provisioner, ProvisioningCallers callers, RecipeLibrary library, IOptions<TenancyOptions> tenancy) : AdminController
{
    [HttpGet("")]
    public IActionResult Index() => View(Model(new NewChildSiteForm(), null));

    [HttpPost("")]
    public async Task<IActionResult> Index(NewChildSiteForm form, bool confirm = false)
    {
        var choices = Choices();
        var recipe = choices.FirstOrDefault(c => string.Equals(c.Name, form.Recipe, StringComparison.Ordinal));
        if (recipe is null)
        {
            ModelState.AddModelError(nameof(form.Recipe), string.IsNullOrEmpty(form.Recipe)
                ? "Vui lòng chọn công thức."
                : $"Không có công thức \"{form.Recipe}\" tạo được đơn vị cấp dưới của {CurrentTenant.DisplayName}.");
        }

        if (string.IsNullOrWhiteSpace(form.UnitName))
        {
            ModelState.AddModelError(nameof(form.UnitName), "Vui lòng nhập tên đơn vị.");
        }

        if (!ModelState.IsValid)
        {
            return View(Model(form, null));
        }

        var declared = library.Get(recipe!.Name).Recipe!.Parameters.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        void Put(string name, string? value)
        {
            if (declared.Contains(name) && !string.IsNullOrWhiteSpace(value))
            {
                parameters[name] = value.Trim();
            }
        }

        Put("unitName", form.UnitName);
        Put("code", form.Code);
        Put("slug", form.Slug);
        Put("hostName", form.HostName);

        var result = await provisioner.ProvisionAsync(new ProvisioningRequest
        {
            Recipe = recipe.Name,
            Parameters = parameters,
            ParentId = CurrentTenant.Id,
            Within = CurrentTenant.Id,
            DryRun = !confirm,
            Caller = await callers.OfAsync(User, HttpContext.RequestAborted),
        }, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = FieldOf(error);
                ModelState.AddModelError(field, Sentence(field.Length == 0 ? $"{error.Message} ({error.Location})" : error.Message));
            }

            return View(Model(form, null));
        }

        var site = result.Tenants[0];
        if (!confirm)
        {
            return View(Model(form, result));
        }

        Flash($"Đã tạo {site.DisplayName}, địa chỉ {SiteLinks.Home(site, Request)}");
        return RedirectToAction(nameof(ChildSitesController.Index), "ChildSites");
    }

    private NewChildSiteModel Model(NewChildSiteForm form, ProvisioningResult? preview)
    {
        var site = preview?.Tenants.FirstOrDefault();
        return new NewChildSiteModel(CurrentTenant.DisplayName, form, Choices(), preview,
            site is null ? null : tenancy.Value.FindLevel(site.Level)?.DisplayName ?? site.Level,
            site is null ? null : SiteLinks.Home(site, Request));
    }

    /// <summary>The recipes that read without errors and create a level allowed below the current site.</summary>
    private List<RecipeChoice> Choices() => library.All
        .Where(entry => entry.Recipe?.Level is { } level && tenancy.Value.FindLevel(level) is { } found
            && found.Parents.Contains(CurrentTenant.Level, StringComparer.OrdinalIgnoreCase))
        .Select(entry => new RecipeChoice(entry.Name, entry.Recipe!.Description,
            tenancy.Value.FindLevel(entry.Recipe.Level!)!.DisplayName,
            entry.Recipe.Parameters.Any(p => p.Name == "code" && p.Required)))
        .ToList();

    /// <summary>The form field a provisioning error belongs to, or "" for the summary above the form.</summary>
    private static string FieldOf(RecipeError error) => error.Key switch
    {
        "recipe" or "$.tenant.level" or "$.tenant.parent" or "parentId" => nameof(NewChildSiteForm.Recipe),
        "parameters.unitName" or "$.tenant.displayName" => nameof(NewChildSiteForm.UnitName),
        "parameters.code" or "$.tenant.name" => nameof(NewChildSiteForm.Code),
        "parameters.slug" or "$.tenant.slug" or "$.tenant.urlPrefix" => nameof(NewChildSiteForm.Slug),
        "parameters.hostName" or "$.tenant.hostNames" => nameof(NewChildSiteForm.HostName),
        _ => "",
    };

    private static string Sentence(string message) => message.Length == 0 ? message : char.ToUpperInvariant(message[0]) + message[1..];
}
