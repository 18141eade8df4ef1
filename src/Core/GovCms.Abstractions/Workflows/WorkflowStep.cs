using System.Text.Json.Nodes;

namespace GovCms.Workflows;

/// <summary>One step of a workflow definition, as written in its JSON.</summary>
public sealed record WorkflowStep
{
    /// <summary>Unique in its definition, e.g. "bien-tap"; transitions name steps by it.</summary>
    public string Id { get; init; } = "";

    /// <summary>The name of the activity that runs the step.</summary>
    public string Activity { get; init; } = "";

    /// <summary>What people see, e.g. "Biên tập viên xem xét"; the activity's name when empty.</summary>
    public string? Title { get; init; }

    /// <summary>The roles the step concerns: who is asked, who is notified.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>Settings of the activity, e.g. { "hours": 24 } for a timer.</summary>
    public JsonObject Properties { get; init; } = [];

    /// <summary>Where each outcome leads: the id of a step, or "end". An outcome not listed leads to the next step of the list.</summary>
    public IReadOnlyDictionary<string, string> Then { get; init; } = new Dictionary<string, string>();

    public string? Text(string property) =>
        Properties[property] is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    public double? Number(string property) =>
        Properties[property] is JsonValue value && value.TryGetValue(out double number) ? number : null;

    public bool Flag(string property) =>
        Properties[property] is JsonValue value && value.TryGetValue(out bool flag) && flag;
}
