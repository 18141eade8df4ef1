using GovCms.Tenants;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace GovCms.TenantAdmin.Admin;

/// <summary>
/// The settings form: the site's name and logo, the contact details the portal footer shows
/// (one field for each of <see cref="SiteSettings.Fields"/>), and the spokesperson.
/// </summary>
public sealed class TenantSettingsModel
{
    public string? DisplayName { get; set; }
    public string? LogoUrl { get; set; }
    public IFormFile? LogoFile { get; set; }
    public bool RemoveLogo { get; set; }

    /// <summary>Values of <see cref="SiteSettings.Fields"/>, by key; posted as Contact[Address], Contact[Phone], ...</summary>
    public Dictionary<string, string?> Contact { get; set; } = [];

    public string? SpokespersonName { get; set; }
    public string? SpokespersonTitle { get; set; }
    public string? SpokespersonPhone { get; set; }
    public string? SpokespersonEmail { get; set; }

    [BindNever]
    public long MaxImageBytes { get; set; }

    /// <summary>The form field name of a contact setting, as ModelState knows it.</summary>
    public static string ContactField(string key) => $"{nameof(Contact)}[{key}]";

    public static TenantSettingsModel From(TenantContext tenant) => new()
    {
        DisplayName = tenant.DisplayName,
        LogoUrl = tenant.Setting(SiteSettings.LogoUrl),
        Contact = SiteSettings.Fields.ToDictionary(f => f.Key, f => tenant.Setting(f.Key)),
        SpokespersonName = tenant.Setting(SiteSettings.SpokespersonName),
        SpokespersonTitle = tenant.Setting(SiteSettings.SpokespersonTitle),
        SpokespersonPhone = tenant.Setting(SiteSettings.SpokespersonPhone),
        SpokespersonEmail = tenant.Setting(SiteSettings.SpokespersonEmail),
    };

    /// <summary>The tenant's settings with this form's values written over them; an emptied field removes its key.</summary>
    public Dictionary<string, string> MergeInto(IReadOnlyDictionary<string, string> settings)
    {
        var merged = settings.ToDictionary();
        Set(merged, SiteSettings.LogoUrl, LogoUrl);
        foreach (var field in SiteSettings.Fields)
        {
            Set(merged, field.Key, Contact.GetValueOrDefault(field.Key));
        }

        Set(merged, SiteSettings.SpokespersonName, SpokespersonName);
        Set(merged, SiteSettings.SpokespersonTitle, SpokespersonTitle);
        Set(merged, SiteSettings.SpokespersonPhone, SpokespersonPhone);
        Set(merged, SiteSettings.SpokespersonEmail, SpokespersonEmail);
        return merged;
    }

    private static void Set(Dictionary<string, string> settings, string key, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            settings.Remove(key);
        }
        else
        {
            settings[key] = value.Trim();
        }
    }
}
