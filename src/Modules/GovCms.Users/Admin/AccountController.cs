using GovCms.Admin;
using GovCms.Security;
using GovCms.Tenants;
using GovCms.Users.Passwords;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace GovCms.Users.Admin;

/// <summary>Sign-in and sign-out of the admin of the current site, "Quên mật khẩu", and every user's own account.</summary>
[Route("admin")]
public sealed class AccountController(SignInService signIn, AccountService accounts, PasswordResetMail resetMail, ITenantCatalog catalog) : AdminController
{
    private static readonly Dictionary<string, string> LoginLabels = new()
    {
        [nameof(LoginModel.UserName)] = "Tên đăng nhập",
        [nameof(LoginModel.Password)] = "Mật khẩu",
        [nameof(LoginModel.Remember)] = "Ghi nhớ đăng nhập",
        [nameof(LoginModel.ReturnUrl)] = "Trang quay lại",
    };

    [AllowAnonymous]
    [HttpGet("login")]
    public IActionResult Login(string? returnUrl)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return Redirect(AfterSignIn(returnUrl));
        }

        return LoginView(new LoginModel { ReturnUrl = returnUrl });
    }

    [AllowAnonymous]
    [HttpPost("login")]
    public async Task<IActionResult> Login(LoginModel model)
    {
        FormValues.ReplaceBindingErrors(ModelState, LoginLabels);
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
            if (outcome.RetryAfter is { } wait)
            {
                model.Password = null;
                return TooManyAttempts(LoginView(model), wait);
            }
        }

        model.Password = null;
        return LoginView(model);
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return Redirect(Url.Content("~/admin/login"));
    }

    [AllowAnonymous]
    [HttpGet("forgot-password")]
    public IActionResult ForgotPassword() => resetMail.IsAvailable ? View(new ForgotPasswordModel()) : NotFound();

    [AllowAnonymous]
    [HttpPost("forgot-password")]
    public async Task<IActionResult> ForgotPassword(ForgotPasswordModel model)
    {
        if (!resetMail.IsAvailable)
        {
            return NotFound();
        }

        FormValues.ReplaceBindingErrors(ModelState, new Dictionary<string, string> { [nameof(ForgotPasswordModel.UserName)] = "Tên đăng nhập" });
        if (string.IsNullOrWhiteSpace(model.UserName))
        {
            ModelState.AddModelError(nameof(ForgotPasswordModel.UserName), "Vui lòng nhập tên đăng nhập.");
        }

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        if (await resetMail.RequestAsync(model.UserName!) is { RetryAfter: { } wait } refused)
        {
            ModelState.AddModelError(nameof(ForgotPasswordModel.UserName), refused.Error!);
            return TooManyAttempts(View(model), wait);
        }

        model.Sent = resetMail.Sent;
        return View(model);
    }

    [AllowAnonymous]
    [HttpGet("reset-password")]
    public async Task<IActionResult> ResetPassword(string? user, string? token)
    {
        var model = new ResetPasswordModel { User = user, Token = token };
        // The token is in the address: nothing on this page may pass it on to another site.
        Response.Headers["Referrer-Policy"] = "no-referrer";
        if (await LinkAccountAsync(user) is not { } account || string.IsNullOrEmpty(token) || !await accounts.IsResetTokenValidAsync(account, token))
        {
            model.LinkError = AccountService.ExpiredLink;
        }

        return View(model);
    }

    [AllowAnonymous]
    [HttpPost("reset-password")]
    public async Task<IActionResult> ResetPassword(ResetPasswordModel model)
    {
        Response.Headers["Referrer-Policy"] = "no-referrer";
        FormValues.ReplaceBindingErrors(ModelState, new Dictionary<string, string>());
        if (await LinkAccountAsync(model.User) is not { } account)
        {
            model.LinkError = AccountService.ExpiredLink;
            return View(model);
        }

        if (!string.IsNullOrEmpty(model.NewPassword) && model.ConfirmPassword != model.NewPassword)
        {
            ModelState.AddModelError(nameof(ResetPasswordModel.ConfirmPassword), FormValues.PasswordsDiffer);
        }

        if (ModelState.IsValid)
        {
            var outcome = await accounts.ResetWithTokenAsync(account, model.Token, model.NewPassword);
            if (outcome.Succeeded)
            {
                Flash("Đã đặt mật khẩu mới. Hãy đăng nhập bằng mật khẩu mới.");
                return Redirect(Url.Content("~/admin/login"));
            }

            if (outcome.Errors.TryGetValue("token", out var expired))
            {
                model.LinkError = expired;
            }
            else
            {
                ModelState.AddOutcome(outcome);
            }
        }

        model.NewPassword = model.ConfirmPassword = null;
        return View(model);
    }

    [HttpGet("account")]
    public async Task<IActionResult> Profile()
    {
        if (await accounts.CurrentAsync(User) is not { } user)
        {
            return NotFound();
        }

        return View(new ProfileModel { DisplayName = user.DisplayName, Email = user.Email, UserName = user.UserName! });
    }

    [HttpPost("account")]
    public async Task<IActionResult> Profile(ProfileModel model)
    {
        FormValues.ReplaceBindingErrors(ModelState, new Dictionary<string, string>());
        if (ModelState.IsValid)
        {
            var outcome = await accounts.UpdateProfileAsync(User, model.DisplayName, model.Email);
            if (outcome.Succeeded)
            {
                Flash("Đã lưu thông tin tài khoản.");
                return RedirectToAction(nameof(Profile));
            }

            ModelState.AddOutcome(outcome);
        }

        model.UserName = User.Identity?.Name ?? "";
        return View(model);
    }

    [HttpGet("account/password")]
    public IActionResult ChangePassword() => View(new ChangePasswordModel());

    [HttpPost("account/password")]
    public async Task<IActionResult> ChangePassword(ChangePasswordModel model)
    {
        FormValues.ReplaceBindingErrors(ModelState, new Dictionary<string, string>());
        if (!string.IsNullOrEmpty(model.NewPassword) && model.ConfirmPassword != model.NewPassword)
        {
            ModelState.AddModelError(nameof(ChangePasswordModel.ConfirmPassword), FormValues.PasswordsDiffer);
        }

        if (ModelState.IsValid)
        {
            var outcome = await accounts.ChangePasswordAsync(User, model.CurrentPassword, model.NewPassword);
            if (outcome.Succeeded)
            {
                Flash("Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã kết thúc.");
                return RedirectToAction(nameof(Profile));
            }

            ModelState.AddOutcome(outcome);
        }

        return View(new ChangePasswordModel());
    }

    private ViewResult LoginView(LoginModel model)
    {
        model.CanResetPassword = resetMail.IsAvailable;
        return View(nameof(Login), model);
    }

    /// <summary>429 with the page (and its message) and how many seconds to wait.</summary>
    private IActionResult TooManyAttempts(ViewResult page, TimeSpan wait)
    {
        Response.Headers.RetryAfter = AuthApi.RetryAfterSeconds(wait);
        page.StatusCode = StatusCodes.Status429TooManyRequests;
        return page;
    }

    /// <summary>The account a reset link names, when it may sign in on this site.</summary>
    private async Task<GovCmsUser?> LinkAccountAsync(string? userId) =>
        string.IsNullOrEmpty(userId) || await accounts.FindByIdAsync(userId) is not { } user ? null : await signIn.FindAccountAsync(user.UserName!);

    private string AfterSignIn(string? returnUrl) =>
        TenantReturnUrl.Resolve(returnUrl, Request, Url, catalog, CurrentTenant) ?? Url.Content("~/admin");
}
