namespace GovCms.Tenants;

/// <summary>
/// Keys of the tenant Settings dictionary: the admin settings page writes them, the portal (footer,
/// introduction, press pages) reads them. Nghị định 42/2022 asks every site to publish these contacts.
/// </summary>
public static class TenantSettingKeys
{
    public const string LogoUrl = "LogoUrl";

    /// <summary>Full name of the agency running the site (cơ quan chủ quản); the tenant's display name when empty.</summary>
    public const string AgencyName = "AgencyName";
    public const string Address = "Address";
    public const string Phone = "Phone";
    public const string Email = "Email";
    /// <summary>Person responsible for the site's content (người chịu trách nhiệm nội dung).</summary>
    public const string ResponsiblePerson = "ResponsiblePerson";
    /// <summary>Number and date of the site's licence or founding decision.</summary>
    public const string Licence = "Licence";

    /// <summary>The unit's spokesperson (người phát ngôn, Nghị định 09/2017): name, title, phone and email are public.</summary>
    public const string SpokespersonName = "SpokespersonName";
    public const string SpokespersonTitle = "SpokespersonTitle";
    public const string SpokespersonPhone = "SpokespersonPhone";
    public const string SpokespersonEmail = "SpokespersonEmail";
}
