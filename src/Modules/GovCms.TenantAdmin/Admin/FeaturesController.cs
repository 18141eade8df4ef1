using GovCms.Admin;
using GovCms.Modules;
using GovCms.Security;
using GovCms.Tenants;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace GovCms.TenantAdmin.Admin;

/// <param name="Reason">Why the switch cannot be used; null when it can.</param>
/// <param name="Needs">Names of the features this one needs (switched on with it).</param>
public sealed record FeatureRow(string Id, string Name, string Description, bool Enabled, string? Reason, IReadOnlyList<string> Needs);

/// <summary>The modules of the host, switched on or off for this site within what its level allows.</summary>
[Route("admin/features")]
[RequirePermission(TenantPermissions.ManageFeatures)]
public sealed class FeaturesController(ModuleCatalog modules, TenantService tenants, IOptions<TenancyOptions> tenancy) : AdminController
{
    [HttpGet("")]
    public IActionResult Index() => View(modules.Modules.Select(m => ToRow(m, CurrentTenant)).ToList());

    [HttpPost("{id}")]
    public async Task<IActionResult> Switch(string id, bool enabled)
    {
        if (modules.Find(id) is not { } module)
        {
            return NotFound();
        }

        var outcome = await tenants.SetFeatureAsync(CurrentTenant.Id, module.Manifest.Id, enabled);
        if (outcome.Succeeded)
        {
            Flash(enabled ? $"Đã bật tính năng {module.Manifest.Name}." : $"Đã tắt tính năng {module.Manifest.Name}.");
        }
        else
        {
            FlashError(outcome.Message);
        }

        return RedirectToAction(nameof(Index));
    }

    private FeatureRow ToRow(Module module, TenantContext tenant)
    {
        var manifest = module.Manifest;
        var enabled = tenant.HasFeature(manifest.Id);
        var neededBy = enabled ? modules.Dependents(manifest.Id, tenant.Features) : [];
        string? reason = null;
        if (manifest.AlwaysEnabled)
        {
            reason = "Tính năng lõi, luôn bật.";
        }
        else if (!manifest.IsAllowedAt(tenant.Level))
        {
            var level = tenancy.Value.FindLevel(tenant.Level)?.DisplayName ?? tenant.Level;
            reason = $"Không dùng được ở cấp {level}.";
        }
        else if (neededBy.Count > 0)
        {
            reason = $"Đang được cần bởi: {string.Join(", ", neededBy.Select(NameOf))}.";
        }

        return new FeatureRow(manifest.Id, manifest.Name, manifest.Description, enabled, reason, manifest.Dependencies.Select(NameOf).ToList());
    }

    private string NameOf(string id) => modules.Find(id)?.Manifest.Name ?? id;
}
