namespace GovCms.Tenants;

/// <summary>
/// One change of a tenant (created, changed, moved, state), written in the same transaction as the change.
/// Every host reads the new rows a moment later and reloads those tenants, so a change made on another host
/// or from the command line reaches every running host. Host-level; old rows are trimmed.
/// </summary>
public sealed class TenantChange
{
    public long Id { get; set; }
    public int TenantId { get; set; }
    public string Kind { get; set; } = "";
    public DateTime ChangedUtc { get; set; }
}

public static class TenantChangeKinds
{
    public const string Created = "created";
    public const string Changed = "changed";
    public const string Moved = "moved";
    public const string State = "state";
}
