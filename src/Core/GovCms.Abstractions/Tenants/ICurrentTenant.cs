namespace GovCms.Tenants;

/// <summary>The tenant of the current request or background job (scoped).</summary>
public interface ICurrentTenant
{
    TenantContext? Tenant { get; }

    /// <summary>The current tenant; throws when the code runs outside any tenant.</summary>
    TenantContext Required => Tenant ?? throw new InvalidOperationException("No tenant is set for this scope.");

    void Set(TenantContext tenant);
}
