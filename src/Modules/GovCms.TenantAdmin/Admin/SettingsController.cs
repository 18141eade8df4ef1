using System.Net.Mail;
using System.Text.RegularExpressions;
using GovCms.Admin;
using GovCms.Media;
using GovCms.Security;
using GovCms.Tenants;
using GovCms.Themes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace GovCms.TenantAdmin.Admin;

/// <summary>
/// The site's own information: name, logo, theme, contacts, leader and spokesperson. A field that still holds a
/// recipe's "[CẦN BỔ SUNG: …]" counts as not filled in yet: it is saved as it is, never refused by a format check.
/// </summary>
[Route("admin/settings")]
[RequirePermission(TenantPermissions.ManageSettings)]
public sealed partial class SettingsController(
    TenantService tenants, MediaStore media, ThemeCatalog themes, SiteSettingsCatalog sections, SiteSettingsStore sectionStore) : AdminController
{
    [HttpGet("")]
    public IActionResult Index() => Page(TenantSettingsModel.From(CurrentTenant));

    /// <summary>Saves one module's section of settings; the rest of the page is left as stored.</summary>
    [HttpPost("{section}")]
    public async Task<IActionResult> Section(string section, CancellationToken cancellationToken)
    {
        if (sections.Find(section) is not { } found || !sections.IsEnabled(found, CurrentTenant))
        {
            return NotFound();
        }

        var form = await Request.ReadFormAsync(cancellationToken);
        var outcome = await sectionStore.SaveAsync(CurrentTenant, found, SiteSettingsStore.ReadForm(found, form), cancellationToken);
        if (!outcome.Succeeded)
        {
            foreach (var field in found.Fields.Fields.Where(f => outcome.Errors.ContainsKey(f.Key)))
            {
                ModelState.AddModelError(field.FormName, outcome.Errors[field.Key]);
            }

            return Page(TenantSettingsModel.From(CurrentTenant), (found, form, outcome.Errors));
        }

        Flash($"Đã lưu cài đặt \"{found.Title}\".");
        return Redirect($"{Request.PathBase}/admin/settings#section-{found.Name}");
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(TenantSettingsModel model)
    {
        await CheckLogoAsync(model);
        CheckEmail(TenantSettingsModel.ContactField(SiteSettings.Email), model.Contact.GetValueOrDefault(SiteSettings.Email));
        CheckEmail(nameof(model.SpokespersonEmail), model.SpokespersonEmail);
        CheckPhone(TenantSettingsModel.ContactField(SiteSettings.Phone), model.Contact.GetValueOrDefault(SiteSettings.Phone));
        CheckPhone(nameof(model.SpokespersonPhone), model.SpokespersonPhone);
        model.Theme = string.IsNullOrWhiteSpace(model.Theme) ? CurrentTenant.Theme : model.Theme;
        if (themes.Find(model.Theme) is null)
        {
            ModelState.AddModelError(nameof(model.Theme), "Hãy chọn một giao diện trong danh sách.");
        }

        if (!ModelState.IsValid)
        {
            return Page(model);
        }

        var outcome = await tenants.UpdateAsync(CurrentTenant.Id, model.DisplayName ?? "", model.MergeInto(CurrentTenant.Settings), model.Theme);
        if (!outcome.Succeeded)
        {
            ModelState.AddOutcome(outcome);
            return Page(model);
        }

        Flash("Đã lưu thông tin của cổng.");
        return RedirectToAction(nameof(Index));
    }

    private ViewResult Page(TenantSettingsModel model, (SiteSettingsSection Section, IFormCollection Form, IReadOnlyDictionary<string, string> Errors)? posted = null)
    {
        model.MaxImageBytes = media.MaxImageBytes;
        model.Themes = themes.Themes;
        model.Sections = sections.EnabledOn(CurrentTenant)
            .Select(section => posted?.Section == section
                ? new SettingsSectionForm(section, SiteSettingsStore.Editors(section, sectionStore.Values(section, CurrentTenant), posted.Value.Form, posted.Value.Errors), true)
                : new SettingsSectionForm(section, SiteSettingsStore.Editors(section, sectionStore.Values(section, CurrentTenant), null, new Dictionary<string, string>()), false))
            .ToList();
        return View("Index", model);
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
        if (!string.IsNullOrWhiteSpace(email) && !SiteSettings.IsPlaceholder(email) && !MailAddress.TryCreate(email.Trim(), out _))
        {
            ModelState.AddModelError(field, $"Địa chỉ email \"{email.Trim()}\" không hợp lệ.");
        }
    }

    private void CheckPhone(string field, string? phone)
    {
        if (!string.IsNullOrWhiteSpace(phone) && !SiteSettings.IsPlaceholder(phone) && !PhonePattern().IsMatch(phone.Trim()))
        {
            ModelState.AddModelError(field, $"Số điện thoại \"{phone.Trim()}\" không hợp lệ: hãy ghi các chữ số (có thể cách nhau bằng dấu cách, dấu chấm, gạch ngang), ví dụ 0237 3 852 000.");
        }
    }

    /// <summary>One or more numbers of at least 6 digits, with spaces, dots, dashes or brackets, separated by commas or semicolons.</summary>
    [GeneratedRegex(@"^\+?[\d\s().-]*\d[\d\s().-]{4,}\d(\s*[,;]\s*\+?[\d\s().-]*\d[\d\s().-]{4,}\d)*$")]
    private static partial Regex PhonePattern();
}
