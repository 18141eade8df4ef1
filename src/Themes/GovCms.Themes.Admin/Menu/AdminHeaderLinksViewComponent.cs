using GovCms.Modules;
using Microsoft.AspNetCore.Mvc;

namespace GovCms.Themes.Admin.Menu;

/// <summary>The links modules put in the admin header (the inbox with its count), as <see cref="AdminMenuService"/> allows.</summary>
public sealed class AdminHeaderLinksViewComponent(AdminMenuService menu) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() => View(await menu.HeaderAsync(HttpContext.User));
}
