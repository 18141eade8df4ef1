namespace GovCms.Tenants;

public enum TenantState
{
    Running = 0,
    Disabled = 1,
    /// <summary>Merged into a successor: its addresses answer 301 to the successor.</summary>
    Retired = 2,
}
