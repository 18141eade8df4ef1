using GovCms.Content.Parts.Editing;
using GovCms.Tenants;

namespace GovCms.TenantAdmin.Admin;

/// <summary>One module's box of the settings page: its title, its fields' editors, and whether it comes back from a refused save.</summary>
public sealed record SettingsSectionForm(SiteSettingsSection Section, IReadOnlyList<FieldEditor> Fields, bool Refused)
{
    public string Id => $"section-{Section.Name}";

    public bool HasErrors => Fields.Any(f => f.Error is not null);
}
