using GovCms.Admin;
using GovCms.Security;
using GovCms.Tenants;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace GovCms.TenantAdmin.Admin;

public sealed record ChildSiteRow(TenantContext Site, string LevelName, int ChildCount);

/// <param name="Trail">From the current site down to <paramref name="Parent"/>.</param>
/// <param name="MayHaveChildren">Whether sites may be created below <paramref name="Parent"/> (not at the lowest level).</param>
public sealed record ChildSitesModel(TenantContext Parent, IReadOnlyList<TenantContext> Trail, IReadOnlyList<ChildSiteRow> Children, bool MayHaveChildren);

/// <summary>The sites below the current one, one level at a time.</summary>
[Route("admin/tenants")]
[RequirePermission(TenantPermissions.Provision)]
public sealed class ChildSitesController(ITenantCatalog catalog, IOptions<TenancyOptions> tenancy) : AdminController
{
    [HttpGet("")]
    public IActionResult Index(int? parent)
    {
        var current = CurrentTenant;
        var shown = parent is int id ? catalog.Find(id) : current;
        if (shown is null || !shown.IsSelfOrDescendantOf(current.Id))
        {
            return NotFound();
        }

        var trail = shown.AncestorIds.TakeWhile(a => a != current.Id).Select(catalog.Find).OfType<TenantContext>().Reverse()
            .Prepend(current).Append(shown).DistinctBy(t => t.Id).ToList();
        var rows = catalog.Children(shown.Id)
            .Select(child => new ChildSiteRow(child, tenancy.Value.FindLevel(child.Level)?.DisplayName ?? child.Level, catalog.Children(child.Id).Count))
            .ToList();
        return View(new ChildSitesModel(shown, trail, rows, shown.State != TenantState.Retired && tenancy.Value.MayHaveChildren(shown.Level)));
    }
}
