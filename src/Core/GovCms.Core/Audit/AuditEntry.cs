using GovCms.Data;

namespace GovCms.Audit;

/// <summary>One entry of a site's audit log; written once, never changed or removed.</summary>
public sealed class AuditEntry : ITenantOwned, IAppendOnly
{
    public long Id { get; set; }
    public int TenantId { get; set; }
    public DateTime OccurredUtc { get; set; }
    public string Category { get; set; } = "";
    public string Action { get; set; } = "";
    public string? UserName { get; set; }
    public string? ObjectId { get; set; }
    public string? ObjectTitle { get; set; }

    /// <summary>JSON: a field-level diff, the notes of a decision, a reason.</summary>
    public string? Details { get; set; }

    public string? IpAddress { get; set; }
}
