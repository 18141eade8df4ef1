namespace GovCms.Tenants;

/// <summary>A site of the network, stored as a row: host-level, not tenant-owned.</summary>
public sealed class Tenant
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Level { get; set; } = "";
    public int? ParentId { get; set; }
    public string? UrlPrefix { get; set; }
    public TenantState State { get; set; }
    public int? SuccessorId { get; set; }
    public string Theme { get; set; } = "Portal";
    public List<string> Features { get; set; } = [];
    public Dictionary<string, string> Settings { get; set; } = [];
    /// <summary>Typed settings of the modules (<see cref="SiteSettingsSection"/>), by section name; a section never saved is absent.</summary>
    public Dictionary<string, System.Text.Json.Nodes.JsonObject> SettingSections { get; set; } = [];
    public List<MenuEntry> Menu { get; set; } = [];
    public List<TenantHostName> HostNames { get; set; } = [];
    public DateTime CreatedUtc { get; set; }
    public DateTime ModifiedUtc { get; set; }
}

/// <summary>A host name that selects a tenant; unique across the host.</summary>
public sealed class TenantHostName
{
    public string HostName { get; set; } = "";
    public int TenantId { get; set; }
}
