using Microsoft.AspNetCore.Identity;

namespace GovCms.Security;

/// <summary>
/// A user belongs to one tenant. User names are unique across the host, so a province
/// administrator can sign in on any site below the province with one account.
/// </summary>
public sealed class GovCmsUser : IdentityUser
{
    public int TenantId { get; set; }
    public string DisplayName { get; set; } = "";
    public bool IsDisabled { get; set; }
    public DateTime CreatedUtc { get; set; }
}
