using GovCms.Data;

namespace GovCms.Redirects;

/// <summary>
/// An old address of a site that answers 301 with a new one: a published item whose slug was changed on purpose,
/// or, on a retired site, an item whose slug had to change when it moved to the successor (then
/// <see cref="ToPath"/> is a path on the successor). Paths are relative to the site ("/tin-tuc/old").
/// </summary>
public sealed class Redirect : ITenantOwned
{
    public long Id { get; set; }
    public int TenantId { get; set; }
    public string FromPath { get; set; } = "";
    public string ToPath { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
}
