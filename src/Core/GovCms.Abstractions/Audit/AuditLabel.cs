namespace GovCms.Audit;

/// <summary>
/// A Vietnamese label of the audit log's vocabulary: a category (<see cref="Action"/> null) or an action of one.
/// Whoever writes an entry declares its labels: the engine its own, a module in <c>Module.AuditLabels</c>.
/// </summary>
public sealed record AuditLabel(string Category, string? Action, string Label)
{
    public static AuditLabel ForCategory(string category, string label) => new(category, null, label);

    public static AuditLabel ForAction(string category, string action, string label) => new(category, action, label);
}
