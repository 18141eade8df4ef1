namespace GovCms.Tenants;

/// <summary>
/// Which sites a query reads: the one way to read across sites (<see cref="ITenantScopes"/>, content indexes).
/// Subtrees and ancestors come from the tenant tree's closure table, so a scope is one indexed join, never a walk.
/// </summary>
public abstract record SiteScope
{
    private SiteScope() { }

    /// <summary>Rows of one site.</summary>
    public static SiteScope Site(int tenantId) => new SiteOnly(tenantId);

    /// <summary>Rows of a site and of every site below it (retired ones included: their rows moved to successors).</summary>
    public static SiteScope Subtree(int tenantId) => new SubtreeOf(tenantId);

    /// <summary>Rows of the sites named.</summary>
    public static SiteScope Sites(IEnumerable<int> tenantIds) => new SitesIn([.. tenantIds.Distinct()]);

    /// <summary>
    /// What a site may read: its own rows and the rows its ancestors shared downward to its level (content indexes
    /// only: rows that carry sharing, see GovCms.Content.Indexing.SharingPart).
    /// </summary>
    public static SiteScope VisibleFrom(int tenantId) => new VisibleFromSite(tenantId);

    /// <summary>Every site of the host: for host-level work (the demo, upgrades), never for a site's request.</summary>
    public static SiteScope Everywhere { get; } = new AllSites();

    public sealed record SiteOnly(int TenantId) : SiteScope;

    public sealed record SubtreeOf(int TenantId) : SiteScope;

    public sealed record SitesIn(IReadOnlyList<int> TenantIds) : SiteScope
    {
        public bool Equals(SitesIn? other) => other is not null && TenantIds.SequenceEqual(other.TenantIds);

        public override int GetHashCode() => TenantIds.Aggregate(17, (hash, id) => hash * 31 + id);
    }

    public sealed record VisibleFromSite(int TenantId) : SiteScope;

    public sealed record AllSites : SiteScope;
}
