using GovCms.Data;

namespace GovCms.Workflows.Definitions;

/// <summary>A tenant's workflow definition, stored as its JSON.</summary>
public sealed class WorkflowDefinitionRecord : ITenantOwned
{
    public int Id { get; set; }
    public int TenantId { get; set; }
    public string Name { get; set; } = "";
    public string Json { get; set; } = "";
    public DateTime ModifiedUtc { get; set; }
    public string? ModifiedBy { get; set; }
}
