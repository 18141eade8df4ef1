using GovCms.Admin;
using GovCms.Security;
using GovCms.Tenants;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GovCms.Users.Admin;

/// <summary>Sign-in and sign-out of the admin of the current site.</summary>
[Route("admin")]
public sealed class AccountController(SignInService signIn, ITenantCatalog catalog) : AdminController
{
    [AllowAnonymous]
    [HttpGet("login")]
    public IActionResult Login(string? returnUrl)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return Redirect(AfterSignIn(returnUrl));
        }

        return View(new LoginModel { ReturnUrl = returnUrl });
    }

    [AllowAnonymous]
    [HttpPost("login")]
    public async Task<IActionResult> Login(LoginModel model)
    {
        if (string.IsNullOrWhiteSpace(model.UserName))
        {
            ModelState.AddModelError(nameof(LoginModel.UserName), "Vui lòng nhập tên đăng nhập.");
        }

        if (string.IsNullOrEmpty(model.Password))
        {
            ModelState.AddModelError(nameof(LoginModel.Password), "Vui lòng nhập mật khẩu.");
        }

        if (ModelState.IsValid)
        {
            var outcome = await signIn.SignInAsync(model.UserName!, model.Password!, model.Remember);
            if (outcome.Succeeded)
            {
                return Redirect(AfterSignIn(model.ReturnUrl));
            }

            model.Error = outcome.Error;
        }

        model.Password = null;
        return View(model);
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return Redirect(Url.Content("~/admin/login"));
    }

    private string AfterSignIn(string? returnUrl) =>
        TenantReturnUrl.Resolve(returnUrl, Request, Url, catalog, CurrentTenant) ?? Url.Content("~/admin");
}
