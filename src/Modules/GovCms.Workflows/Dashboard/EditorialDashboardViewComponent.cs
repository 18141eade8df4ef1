using Microsoft.AspNetCore.Mvc;

namespace GovCms.Workflows.Dashboard;

/// <summary>The editorial dashboard on the admin home page.</summary>
public sealed class EditorialDashboardViewComponent(EditorialDashboard dashboard) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() => View(await dashboard.ForAsync(HttpContext.User));
}
