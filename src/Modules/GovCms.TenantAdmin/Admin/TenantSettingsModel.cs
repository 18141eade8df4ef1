using GovCms.Tenants;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace GovCms.TenantAdmin.Admin;

/// <summary>The settings form: the site's name, logo, contacts and spokesperson, stored under <see cref="TenantSettingKeys"/>.</summary>
public sealed class TenantSettingsModel
{
    public string? DisplayName { get; set; }
    public string? LogoUrl { get; set; }
    public IFormFile? LogoFile { get; set; }
    public bool RemoveLogo { get; set; }

    public string? AgencyName { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? ResponsiblePerson { get; set; }
    public string? Licence { get; set; }

    public string? SpokespersonName { get; set; }
    public string? SpokespersonTitle { get; set; }
    public string? SpokespersonPhone { get; set; }
    public string? SpokespersonEmail { get; set; }

    [BindNever]
    public long MaxImageBytes { get; set; }

    public static TenantSettingsModel From(TenantContext tenant) => new()
    {
        DisplayName = tenant.DisplayName,
        LogoUrl = tenant.Setting(TenantSettingKeys.LogoUrl),
        AgencyName = tenant.Setting(TenantSettingKeys.AgencyName),
        Address = tenant.Setting(TenantSettingKeys.Address),
        Phone = tenant.Setting(TenantSettingKeys.Phone),
        Email = tenant.Setting(TenantSettingKeys.Email),
        ResponsiblePerson = tenant.Setting(TenantSettingKeys.ResponsiblePerson),
        Licence = tenant.Setting(TenantSettingKeys.Licence),
        SpokespersonName = tenant.Setting(TenantSettingKeys.SpokespersonName),
        SpokespersonTitle = tenant.Setting(TenantSettingKeys.SpokespersonTitle),
        SpokespersonPhone = tenant.Setting(TenantSettingKeys.SpokespersonPhone),
        SpokespersonEmail = tenant.Setting(TenantSettingKeys.SpokespersonEmail),
    };

    /// <summary>The tenant's settings with this form's values written over them; an emptied field removes its key.</summary>
    public Dictionary<string, string> MergeInto(IReadOnlyDictionary<string, string> settings)
    {
        var merged = settings.ToDictionary();
        Set(merged, TenantSettingKeys.LogoUrl, LogoUrl);
        Set(merged, TenantSettingKeys.AgencyName, AgencyName);
        Set(merged, TenantSettingKeys.Address, Address);
        Set(merged, TenantSettingKeys.Phone, Phone);
        Set(merged, TenantSettingKeys.Email, Email);
        Set(merged, TenantSettingKeys.ResponsiblePerson, ResponsiblePerson);
        Set(merged, TenantSettingKeys.Licence, Licence);
        Set(merged, TenantSettingKeys.SpokespersonName, SpokespersonName);
        Set(merged, TenantSettingKeys.SpokespersonTitle, SpokespersonTitle);
        Set(merged, TenantSettingKeys.SpokespersonPhone, SpokespersonPhone);
        Set(merged, TenantSettingKeys.SpokespersonEmail, SpokespersonEmail);
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
