using GovCms.Admin;
using GovCms.Modules;
using Microsoft.AspNetCore.Mvc;

namespace GovCms.Themes.Admin.Controllers;

/// <summary>The admin home: the widgets of the modules that are on, as far as the user may see them.</summary>
[Route("admin")]
public sealed class DashboardController(AdminMenuService menu) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await menu.DashboardAsync(User));
}
