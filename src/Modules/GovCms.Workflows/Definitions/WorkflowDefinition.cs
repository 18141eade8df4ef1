using System.Text.Json;
using System.Text.Json.Serialization;
using GovCms.Content;

namespace GovCms.Workflows.Definitions;

/// <summary>
/// A workflow as its JSON says: an ordered list of steps. A step's outcome leads to the step its
/// <see cref="WorkflowStep.Then"/> names, or else to the next step of the list; "end" or the end of the
/// list finishes the run. The first step is the event that starts a run.
/// </summary>
public sealed record WorkflowDefinition
{
    /// <summary>The target of a transition that finishes the run.</summary>
    public const string End = "end";

    public static readonly JsonSerializerOptions Json = new(ContentJson.Options)
    {
        WriteIndented = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Unique per tenant, e.g. "duyet-bai".</summary>
    public string Name { get; init; } = "";

    public string DisplayName { get; init; } = "";

    /// <summary>The content types whose items start a run; empty for every type.</summary>
    public IReadOnlyList<string> ContentTypes { get; init; } = [];

    public bool Enabled { get; init; } = true;

    public IReadOnlyList<WorkflowStep> Steps { get; init; } = [];

    /// <summary>The activity of the first step: the event that starts a run.</summary>
    [JsonIgnore]
    public string? StartEvent => Steps.Count > 0 ? Steps[0].Activity : null;

    public WorkflowStep? Step(string? id) => Steps.FirstOrDefault(s => s.Id == id);

    public bool Covers(string contentType) =>
        ContentTypes.Count == 0 || ContentTypes.Contains(contentType, StringComparer.OrdinalIgnoreCase);

    /// <summary>Where an outcome of a step leads; null when the run finishes there.</summary>
    public WorkflowStep? Next(WorkflowStep step, string outcome)
    {
        if (step.Then.TryGetValue(outcome, out var target))
        {
            return target == End ? null : Step(target);
        }

        var index = Steps.ToList().FindIndex(s => s.Id == step.Id);
        return index >= 0 && index + 1 < Steps.Count ? Steps[index + 1] : null;
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a definition; throws <see cref="JsonException"/> on text that is not one.</summary>
    public static WorkflowDefinition Parse(string json) =>
        JsonSerializer.Deserialize<WorkflowDefinition>(json, Json) ?? throw new JsonException("Định nghĩa trống.");
}
