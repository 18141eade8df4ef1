using System.Net.Mail;
using GovCms.Admin;
using GovCms.Media;
using GovCms.Security;
using GovCms.Tenants;
using Microsoft.AspNetCore.Mvc;

namespace GovCms.TenantAdmin.Admin;

/// <summary>The site's own information: name, logo, contacts and spokesperson.</summary>
[Route("admin/settings")]
[RequirePermission(TenantPermissions.ManageSettings)]
public sealed class SettingsController(TenantService tenants, MediaStore media) : AdminController
{
    [HttpGet("")]
    public IActionResult Index()
    {
        var model = TenantSettingsModel.From(CurrentTenant);
        model.MaxImageBytes = media.MaxImageBytes;
        return View(model);
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(TenantSettingsModel model)
    {
        model.MaxImageBytes = media.MaxImageBytes;
        await CheckLogoAsync(model);
        CheckEmail(TenantSettingsModel.ContactField(SiteSettings.Email), model.Contact.GetValueOrDefault(SiteSettings.Email));
        CheckEmail(nameof(model.SpokespersonEmail), model.SpokespersonEmail);
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var outcome = await tenants.UpdateAsync(CurrentTenant.Id, model.DisplayName ?? "", model.MergeInto(CurrentTenant.Settings), theme: null);
        if (!outcome.Succeeded)
        {
            ModelState.AddServiceErrors(outcome.Errors);
            return View(model);
        }

        Flash("Đã lưu thông tin của cổng.");
        return RedirectToAction(nameof(Index));
    }

    private async Task CheckLogoAsync(TenantSettingsModel model)
    {
        var storedUrl = CurrentTenant.Setting(SiteSettings.LogoUrl);
        if (model.RemoveLogo)
        {
            model.LogoUrl = null;
        }

        if (model.LogoFile is not null)
        {
            var upload = await media.SaveImageAsync(model.LogoFile, Request.PathBase);
            if (upload.Succeeded)
            {
                model.LogoUrl = upload.Url;
            }
            else
            {
                ModelState.AddModelError(nameof(model.LogoFile), upload.Error!);
            }
        }

        if (!string.IsNullOrWhiteSpace(model.LogoUrl) && model.LogoUrl != storedUrl && !MediaStore.IsOwnUrl(model.LogoUrl, Request.PathBase))
        {
            model.LogoUrl = storedUrl;
        }
    }

    private void CheckEmail(string field, string? email)
    {
        if (!string.IsNullOrWhiteSpace(email) && !MailAddress.TryCreate(email.Trim(), out _))
        {
            ModelState.AddModelError(field, $"Địa chỉ email \"{email.Trim()}\" không hợp lệ.");
        }
    }
}
