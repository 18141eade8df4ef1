using GovCms.Admin;
using GovCms.Provisioning;
using GovCms.Recipes;
using GovCms.Security;
using GovCms.Tenants;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace GovCms.TenantAdmin.Admin;

/// <summary>What the administrator types to create a site below the current one (or below a site under it).</summary>
public sealed class NewChildSiteForm
{
    /// <summary>The site the new one goes below ("Thuộc đơn vị"): the current site or one below it.</summary>
    public int? Parent { get; set; }
    public string? Recipe { get; set; }
    public string? UnitName { get; set; }
    public string? Code { get; set; }
    public string? Slug { get; set; }
    public string? HostName { get; set; }
}

/// <summary>A recipe that may create a site below the current one or a site under it, as the select shows it.</summary>
public sealed record RecipeChoice(string Name, string? Description, string Level, string LevelName, bool CodeRequired);

/// <summary>A site a new one may go below, in tree order; <paramref name="Depth"/> 0 is the current site.</summary>
public sealed record ParentChoice(int Id, string Name, string LevelName, int Depth);

/// <param name="Preview">What the recipe would create, after "Xem trước" succeeded.</param>
public sealed record NewChildSiteModel(
    string SiteName, NewChildSiteForm Form, IReadOnlyList<ParentChoice> Parents, IReadOnlyList<RecipeChoice> Recipes,
    ProvisioningResult? Preview, string? ParentName, string? LevelName, string? Address);

/// <summary>
/// /admin/tenants/new: creates a site below the current one, or below a site under it whose level may have
/// children, from a recipe, through the same <see cref="TenantProvisioner"/> as the admin API: a preview (run and
/// rolled back), then the real run. The parent is checked here to be in the caller's subtree and of a level the
/// recipe's level may sit below; the provisioning checks it again.
/// </summary>
[Route("admin/tenants/new")]
[RequirePermission(TenantPermissions.Provision)]
public sealed class NewChildSiteController(
    TenantProvisioner provisioner, ProvisioningCallers callers, RecipeLibrary library, ITenantCatalog catalog, IOptions<TenancyOptions> tenancy) : AdminController
{
    [HttpGet("")]
    public IActionResult Index(int? parent)
    {
        var below = parent is int id ? catalog.Find(id) : CurrentTenant;
        if (below is null || !below.IsSelfOrDescendantOf(CurrentTenant.Id))
        {
            return NotFound();
        }

        return View(Model(new NewChildSiteForm { Parent = below.Id }, null));
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(NewChildSiteForm form, bool confirm = false)
    {
        var recipe = Choices(Parents()).FirstOrDefault(c => string.Equals(c.Name, form.Recipe, StringComparison.Ordinal));
        if (recipe is null)
        {
            ModelState.AddModelError(nameof(form.Recipe), string.IsNullOrEmpty(form.Recipe)
                ? "Vui lòng chọn công thức."
                : $"Không có công thức \"{form.Recipe}\" tạo được đơn vị cấp dưới của {CurrentTenant.DisplayName}.");
        }

        var parent = catalog.Find(form.Parent ?? CurrentTenant.Id);
        if (parent is null || !parent.IsSelfOrDescendantOf(CurrentTenant.Id) || parent.State == TenantState.Retired)
        {
            ModelState.AddModelError(nameof(form.Parent), $"Hãy chọn đơn vị cấp trên là {CurrentTenant.DisplayName} hoặc một đơn vị thuộc {CurrentTenant.DisplayName}.");
        }
        else if (recipe is not null && !tenancy.Value.MayBeBelow(recipe.Level, parent.Level))
        {
            ModelState.AddModelError(nameof(form.Parent),
                $"{parent.DisplayName} ({LevelName(parent.Level)}) không thể có đơn vị cấp {recipe.LevelName} trực thuộc; hãy chọn đơn vị cấp trên khác hoặc công thức khác.");
        }

        if (string.IsNullOrWhiteSpace(form.UnitName))
        {
            ModelState.AddModelError(nameof(form.UnitName), "Vui lòng nhập tên đơn vị.");
        }

        if (recipe is not null && UnitCodeError(form.Code, recipe) is { } codeError)
        {
            ModelState.AddModelError(nameof(form.Code), codeError);
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
            ParentId = parent!.Id,
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
        return RedirectToAction(nameof(ChildSitesController.Index), "ChildSites", parent.Id == CurrentTenant.Id ? null : new { parent = parent.Id });
    }

    private NewChildSiteModel Model(NewChildSiteForm form, ProvisioningResult? preview)
    {
        var site = preview?.Tenants.FirstOrDefault();
        var parents = Parents();
        return new NewChildSiteModel(CurrentTenant.DisplayName, form, parents, Choices(parents), preview,
            site?.ParentId is int parentId ? catalog.Find(parentId)?.DisplayName : null,
            site is null ? null : LevelName(site.Level),
            site is null ? null : SiteLinks.Home(site, Request));
    }

    /// <summary>The current site and the running sites below it whose level may have children, depth first, in tree order.</summary>
    private List<ParentChoice> Parents()
    {
        var choices = new List<ParentChoice>();
        void Add(TenantContext site, int depth)
        {
            if (site.State == TenantState.Retired || !tenancy.Value.MayHaveChildren(site.Level))
            {
                return;
            }

            choices.Add(new ParentChoice(site.Id, site.DisplayName, LevelName(site.Level), depth));
            foreach (var child in catalog.Children(site.Id))
            {
                Add(child, depth + 1);
            }
        }

        Add(CurrentTenant, 0);
        return choices;
    }

    /// <summary>The recipes that read without errors and create a level allowed below one of the parents offered.</summary>
    private List<RecipeChoice> Choices(IReadOnlyList<ParentChoice> parents)
    {
        var parentLevels = parents.Select(p => catalog.Find(p.Id)!.Level).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return library.All
            .Where(entry => entry.Recipe?.Level is { } level && parentLevels.Any(parent => tenancy.Value.MayBeBelow(level, parent)))
            .Select(entry => new RecipeChoice(entry.Name, entry.Recipe!.Description, entry.Recipe.Level!, LevelName(entry.Recipe.Level!),
                entry.Recipe.Parameters.Any(p => p.Name == "code" && p.Required)))
            .ToList();
    }

    /// <summary>The unit code is the GSO code: digits only, as many as the level's codes have.</summary>
    private string? UnitCodeError(string? code, RecipeChoice recipe)
    {
        var value = code?.Trim() ?? "";
        var digits = tenancy.Value.FindLevel(recipe.Level)?.CodeDigits;
        var example = digits switch { 2 => "38", 3 => "381", 5 => "14821", int n => new string('1', n), null => "14821" };
        if (value.Length == 0)
        {
            return recipe.CodeRequired ? $"Vui lòng nhập mã đơn vị (mã GSO), ví dụ {example}." : null;
        }

        if (!value.All(char.IsAsciiDigit) || (digits is int length && value.Length != length))
        {
            return digits is int count
                ? $"Mã đơn vị là mã GSO gồm {count} chữ số của cấp {recipe.LevelName}, ví dụ {example}."
                : $"Mã đơn vị là mã GSO, chỉ gồm chữ số, ví dụ {example}.";
        }

        return null;
    }

    private string LevelName(string level) => tenancy.Value.FindLevel(level)?.DisplayName ?? level;

    /// <summary>The form field a provisioning error belongs to, or "" for the summary above the form.</summary>
    private static string FieldOf(RecipeError error) => error.Key switch
    {
        "$.tenant.parent" or "parentId" => nameof(NewChildSiteForm.Parent),
        "recipe" or "$.tenant.level" => nameof(NewChildSiteForm.Recipe),
        "parameters.unitName" or "$.tenant.displayName" => nameof(NewChildSiteForm.UnitName),
        "parameters.code" or "$.tenant.name" => nameof(NewChildSiteForm.Code),
        "parameters.slug" or "$.tenant.slug" or "$.tenant.urlPrefix" => nameof(NewChildSiteForm.Slug),
        "parameters.hostName" or "$.tenant.hostNames" => nameof(NewChildSiteForm.HostName),
        _ => "",
    };

    private static string Sentence(string message) => message.Length == 0 ? message : char.ToUpperInvariant(message[0]) + message[1..];
}
