using GovCms.Admin;
using GovCms.Security;
using GovCms.Tenants;
using Microsoft.AspNetCore.Mvc;

namespace GovCms.TenantAdmin.Admin;

/// <summary>The site's main navigation (the portal's menu), edited as numbered lines.</summary>
[Route("admin/menu")]
[RequirePermission(TenantPermissions.ManageSettings)]
public sealed class MenuController(TenantService tenants) : AdminController
{
    [HttpGet("")]
    public IActionResult Index() => View(MenuFormModel.From(CurrentTenant.Menu));

    [HttpPost("")]
    public async Task<IActionResult> Index(MenuFormModel model)
    {
        var builder = MenuBuilder.From(model.Rows);
        foreach (var (row, message) in builder.RowErrors)
        {
            ModelState.AddModelError($"Rows[{row}].{nameof(MenuRow.Title)}", message);
        }

        // Checked here too, so every wrong line is shown at once, not only after the lines above are fixed.
        AddMenuErrors(builder, MenuRules.Check(builder.Entries).Errors);
        if (ModelState.IsValid)
        {
            var outcome = await tenants.SetMenuAsync(CurrentTenant.Id, builder.Entries);
            if (outcome.Succeeded)
            {
                Flash("Đã lưu menu của cổng.");
                return RedirectToAction(nameof(Index));
            }

            AddMenuErrors(builder, outcome.Errors);
        }

        return View(model);
    }

    private void AddMenuErrors(MenuBuilder builder, IReadOnlyDictionary<string, string> errors)
    {
        foreach (var (key, message) in errors)
        {
            var place = builder.Locate(key);
            ModelState.AddModelError(place is { } p ? $"Rows[{p.Row}].{p.Field}" : "", message);
        }
    }
}
