using GovCms.Tenants;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Admin;

/// <summary>
/// The base of every admin page. Its views live under /Areas/Admin/Views (so they never meet a
/// portal theme's views), sign-in is required, and every form post must carry the antiforgery token.
/// </summary>
[Area(AreaName)]
[Authorize]
[AutoValidateAntiforgeryToken]
public abstract class AdminController : Controller
{
    public const string AreaName = "Admin";

    /// <summary>TempData keys of the one-line message shown on the next page: a confirmation ("Đã lưu"), or why nothing happened.</summary>
    public const string FlashKey = "GovCms.Flash";
    public const string FlashErrorKey = "GovCms.FlashError";

    protected TenantContext CurrentTenant => HttpContext.RequestServices.GetRequiredService<ICurrentTenant>().Required;

    /// <summary>Shows the message on the page the browser is redirected to next.</summary>
    protected void Flash(string message) => TempData[FlashKey] = message;

    /// <summary>Shows why an action did not happen on the page the browser is redirected to next.</summary>
    protected void FlashError(string message) => TempData[FlashErrorKey] = message;
}
