namespace GovCms.Tenants;

/// <summary>The unit's spokesperson from the site settings (Nghị định 09/2017), as the footer and the press page show them.</summary>
public sealed record Spokesperson(string Name, string? Title, string? Phone, string? Email)
{
    public string NameAndTitle => Title is null ? Name : $"{Name}, {Title}";

    /// <summary>Null when the settings give no name (or only the recipe's placeholder).</summary>
    public static Spokesperson? Of(TenantContext tenant) =>
        tenant.PublicSetting(SiteSettings.SpokespersonName) is { } name
            ? new Spokesperson(name, tenant.PublicSetting(SiteSettings.SpokespersonTitle), tenant.PublicSetting(SiteSettings.SpokespersonPhone), tenant.PublicSetting(SiteSettings.SpokespersonEmail))
            : null;
}
