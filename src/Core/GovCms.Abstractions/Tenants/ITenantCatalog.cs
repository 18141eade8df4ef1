namespace GovCms.Tenants;

/// <summary>Every tenant, cached in memory and kept current when tenants change.</summary>
public interface ITenantCatalog
{
    TenantContext? Find(int id);
    TenantContext? FindByName(string name);
    TenantContext? FindByHost(string hostName);
    TenantContext? FindByPrefix(string urlPrefix);
    TenantContext? Root { get; }
    IReadOnlyList<TenantContext> Children(int parentId);
    int Count { get; }

    /// <summary>Reads the tenant again from the database (after a change); removes it when it is gone.</summary>
    Task RefreshAsync(int tenantId, CancellationToken cancellationToken = default);
}
