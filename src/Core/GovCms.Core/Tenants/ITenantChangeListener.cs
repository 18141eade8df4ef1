namespace GovCms.Tenants;

/// <summary>Told after the catalog replaced a tenant's context (a change committed by this host or read from another).</summary>
public interface ITenantChangeListener
{
    /// <param name="before">The context before the change; null for a new tenant.</param>
    /// <param name="after">The context after the change; null when the tenant is gone.</param>
    Task TenantChangedAsync(TenantContext? before, TenantContext? after, CancellationToken cancellationToken);
}
