namespace GovCms.Workflows.Engine;

/// <summary>The activities the host's modules registered, by name; two handlers for one name is refused.</summary>
public sealed class ActivityCatalog
{
    private readonly Dictionary<string, IActivity> _byName = new(StringComparer.Ordinal);

    public ActivityCatalog(IEnumerable<IActivity> activities)
    {
        foreach (var activity in activities)
        {
            if (!_byName.TryAdd(activity.Name, activity))
            {
                throw new InvalidOperationException(
                    $"Activity '{activity.Name}' has two handlers: {_byName[activity.Name].GetType().FullName} and {activity.GetType().FullName}.");
            }
        }
    }

    public IReadOnlyCollection<IActivity> All => _byName.Values;

    public IActivity? Find(string name) => _byName.GetValueOrDefault(name);

    public IActivity Get(string name) =>
        Find(name) ?? throw new WorkflowException($"Không có hoạt động '{name}' trong hệ thống.");

    /// <summary>How people see a step: its title, or the name of its activity.</summary>
    public string TitleOf(WorkflowStep step) => step.Title is { Length: > 0 } title ? title : Find(step.Activity)?.DisplayName ?? step.Activity;
}
