namespace GovCms.Tenants;

internal sealed class CurrentTenant : ICurrentTenant
{
    public TenantContext? Tenant { get; private set; }

    public void Set(TenantContext tenant) => Tenant = tenant;
}
