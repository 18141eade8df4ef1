using GovCms.Data;

namespace GovCms.Notifications;

/// <summary>A message in a user's inbox.</summary>
public sealed class Notification : ITenantOwned
{
    public long Id { get; set; }
    public int TenantId { get; set; }
    public string UserName { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";

    /// <summary>Relative to the site, e.g. "admin/content/…"; null when there is nothing to open.</summary>
    public string? Link { get; set; }

    public DateTime CreatedUtc { get; set; }
    public DateTime? ReadUtc { get; set; }
}
