namespace GovCms.Tenants;

/// <summary>
/// A tenant as the request pipeline sees it: immutable, cached, cheap to pass around.
/// A change to a tenant replaces its context in the catalog; it never mutates one.
/// </summary>
public sealed record TenantContext
{
    public required int Id { get; init; }
    /// <summary>Unique technical name, e.g. the GSO code of the unit.</summary>
    public required string Name { get; init; }
    /// <summary>Unique folded name, e.g. "xa-dong-son".</summary>
    public required string Slug { get; init; }
    public required string DisplayName { get; init; }
    public required string Level { get; init; }
    public int? ParentId { get; init; }
    /// <summary>The first path segment that selects this tenant; null or empty for a tenant reached by host name or as the root.</summary>
    public string? UrlPrefix { get; init; }
    public IReadOnlyList<string> HostNames { get; init; } = [];
    public TenantState State { get; init; }
    public int? SuccessorId { get; init; }
    public IReadOnlySet<string> Features { get; init; } = new HashSet<string>();
    public string Theme { get; init; } = "Portal";
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();
    /// <summary>The typed settings sections the site saved, as JSON text by section name; read them with <see cref="ISiteSettings{T}"/>.</summary>
    public IReadOnlyDictionary<string, string> SettingSections { get; init; } = new Dictionary<string, string>();
    /// <summary>The site's main navigation, in order.</summary>
    public IReadOnlyList<MenuEntry> Menu { get; init; } = [];
    /// <summary>Ids from the parent up to the top of the tree.</summary>
    public IReadOnlyList<int> AncestorIds { get; init; } = [];

    public bool IsRoot => string.IsNullOrEmpty(UrlPrefix) && HostNames.Count == 0;

    public bool HasFeature(string featureId) => Features.Contains(featureId);

    public bool IsSelfOrDescendantOf(int tenantId) => Id == tenantId || AncestorIds.Contains(tenantId);

    public string? Setting(string key) => Settings.TryGetValue(key, out var value) ? value : null;
}
