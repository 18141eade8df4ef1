namespace GovCms.Data;

/// <summary>
/// An entity that belongs to one tenant. The data layer fills TenantId on insert, filters every
/// query by the current tenant and refuses writes to another tenant's rows.
/// </summary>
public interface ITenantOwned
{
    int TenantId { get; set; }
}
