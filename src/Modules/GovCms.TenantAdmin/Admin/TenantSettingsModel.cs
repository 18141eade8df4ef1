using GovCms.Tenants;
using GovCms.Themes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace GovCms.TenantAdmin.Admin;

/// <summary>
/// The settings form: the site's name, logo and theme, the contact details the portal footer shows
/// (one field for each of <see cref="SiteSettings.Fields"/>), the leader and the spokesperson.
/// </summary>
public sealed class TenantSettingsModel
{
    public string? DisplayName { get; set; }
    public string? LogoUrl { get; set; }
    public IFormFile? LogoFile { get; set; }
    public bool RemoveLogo { get; set; }

    /// <summary>The public theme's name (<see cref="ThemeCatalog"/>).</summary>
    public string? Theme { get; set; }

    /// <summary>Values of <see cref="SiteSettings.Fields"/>, by key; posted as Contact[Address], Contact[Phone], ...</summary>
    public Dictionary<string, string?> Contact { get; set; } = [];

    public string? LeaderName { get; set; }
    public string? LeaderTitle { get; set; }

    public string? SpokespersonName { get; set; }
    public string? SpokespersonTitle { get; set; }
    public string? SpokespersonPhone { get; set; }
    public string? SpokespersonEmail { get; set; }

    [BindNever]
    public long MaxImageBytes { get; set; }

    [BindNever]
    public IReadOnlyList<ThemeManifest> Themes { get; set; } = [];

    /// <summary>The settings sections of the site's enabled modules, each its own form below this one.</summary>
    [BindNever]
    public IReadOnlyList<SettingsSectionForm> Sections { get; set; } = [];

    /// <summary>The form field name of a contact setting, as ModelState knows it.</summary>
    public static string ContactField(string key) => $"{nameof(Contact)}[{key}]";

    public static TenantSettingsModel From(TenantContext tenant) => new()
    {
        DisplayName = tenant.DisplayName,
        LogoUrl = tenant.Setting(SiteSettings.LogoUrl),
        Theme = tenant.Theme,
        Contact = SiteSettings.Fields.ToDictionary(f => f.Key, f => tenant.Setting(f.Key)),
        LeaderName = tenant.Setting(SiteSettings.LeaderName),
        LeaderTitle = tenant.Setting(SiteSettings.LeaderTitle),
        SpokespersonName = tenant.Setting(SiteSettings.SpokespersonName),
        SpokespersonTitle = tenant.Setting(SiteSettings.SpokespersonTitle),
        SpokespersonPhone = tenant.Setting(SiteSettings.SpokespersonPhone),
        SpokespersonEmail = tenant.Setting(SiteSettings.SpokespersonEmail),
    };

    /// <summary>Every field of the form that holds a setting: its form name, its label, and the setting's key and value.</summary>
    public IEnumerable<(string Field, string Label, string Key, string? Value)> SettingFields()
    {
        foreach (var field in SiteSettings.Fields)
        {
            yield return (ContactField(field.Key), field.Label, field.Key, Contact.GetValueOrDefault(field.Key));
        }

        yield return (nameof(LeaderName), "Họ và tên lãnh đạo", SiteSettings.LeaderName, LeaderName);
        yield return (nameof(LeaderTitle), "Chức vụ lãnh đạo", SiteSettings.LeaderTitle, LeaderTitle);
        yield return (nameof(SpokespersonName), "Họ và tên người phát ngôn", SiteSettings.SpokespersonName, SpokespersonName);
        yield return (nameof(SpokespersonTitle), "Chức vụ người phát ngôn", SiteSettings.SpokespersonTitle, SpokespersonTitle);
        yield return (nameof(SpokespersonPhone), "Điện thoại người phát ngôn", SiteSettings.SpokespersonPhone, SpokespersonPhone);
        yield return (nameof(SpokespersonEmail), "Email người phát ngôn", SiteSettings.SpokespersonEmail, SpokespersonEmail);
    }

    /// <summary>The labels of the fields that still hold a recipe's "[CẦN BỔ SUNG: …]", in the order of the form.</summary>
    public IReadOnlyList<string> Unfilled() => SettingFields().Where(f => SiteSettings.IsPlaceholder(f.Value)).Select(f => f.Label).ToList();

    /// <summary>Whether the field of that form name still holds a placeholder.</summary>
    public bool IsUnfilled(string field) => SettingFields().Any(f => f.Field == field && SiteSettings.IsPlaceholder(f.Value));

    /// <summary>The tenant's settings with this form's values written over them; an emptied field removes its key.</summary>
    public Dictionary<string, string> MergeInto(IReadOnlyDictionary<string, string> settings)
    {
        var merged = settings.ToDictionary();
        Set(merged, SiteSettings.LogoUrl, LogoUrl);
        foreach (var field in SettingFields())
        {
            Set(merged, field.Key, field.Value);
        }

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
