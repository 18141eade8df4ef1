namespace GovCms.Modules;

/// <summary>Endpoint metadata: the endpoint exists only on tenants where this feature is on.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class RequiresFeatureAttribute(string featureId) : Attribute
{
    public string FeatureId { get; } = featureId;
}
