using GovCms.Data;

namespace GovCms.Security;

/// <summary>A role of one tenant (Administrator, Approver, Reviewer, Author, or one a module adds).</summary>
public sealed class TenantRole : ITenantOwned
{
    public int Id { get; set; }
    public int TenantId { get; set; }
    public string Name { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public List<RolePermission> Permissions { get; set; } = [];
}

public sealed class RolePermission : ITenantOwned
{
    public int Id { get; set; }
    public int TenantId { get; set; }
    public int RoleId { get; set; }
    public string Permission { get; set; } = "";
}

/// <summary>A user holds a role; roles are always of the user's own tenant.</summary>
public sealed class UserRole : ITenantOwned
{
    public int Id { get; set; }
    public int TenantId { get; set; }
    public string UserId { get; set; } = "";
    public int RoleId { get; set; }
}
