namespace GovCms.Tenants;

/// <summary>
/// A module's part of retiring a tenant into its successor (a merger of units): it moves or copies the rows
/// it keeps for the tenant, inside the retirement's transaction, with cross-tenant writes allowed. Content
/// items themselves are moved by the host before the handlers run.
/// </summary>
public interface ITenantRetirementHandler
{
    /// <param name="report">Records one line of what changed (or, in a dry run, would change).</param>
    Task RetireAsync(TenantContext retired, TenantContext successor, Action<string> report, CancellationToken cancellationToken);
}
