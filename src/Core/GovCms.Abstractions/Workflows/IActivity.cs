namespace GovCms.Workflows;

public enum ActivityKind
{
    /// <summary>Something that happens: it starts a workflow when it is the first step, and is waited for when it comes later.</summary>
    Event,

    /// <summary>Something the workflow does.</summary>
    Task,
}

/// <summary>
/// One kind of step of a workflow ("AskForApproval", "Publish", ...). Modules add theirs with
/// <c>services.AddActivity&lt;T&gt;()</c>; each name has exactly one handler.
/// </summary>
public interface IActivity
{
    /// <summary>The name definitions use, e.g. "Publish".</summary>
    string Name { get; }

    /// <summary>Vietnamese name shown in the admin, e.g. "Đăng bài".</summary>
    string DisplayName { get; }

    ActivityKind Kind { get; }

    /// <summary>Whether a workflow may start with this step: the content events may, a timer may not.</summary>
    bool CanStart => false;

    /// <summary>Whether the step's roles mean something to it (who is asked, who is told); the admin shows them only then.</summary>
    bool UsesRoles => false;

    /// <summary>What the step may end with; the transitions of a definition are keyed by these.</summary>
    IReadOnlyList<string> Outcomes { get; }

    /// <summary>Problems with a step's settings, in Vietnamese; checked when a definition is saved.</summary>
    IEnumerable<string> Validate(WorkflowStep step) => [];

    /// <summary>
    /// Runs the step. It ends with an outcome, or blocks until a user's action, a timer or an event
    /// resumes it with one of its <see cref="Outcomes"/>.
    /// </summary>
    Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken);
}

/// <summary>How a step ended: with an outcome, blocked (waiting), or failed with a reason.</summary>
public sealed record ActivityResult
{
    public string? Outcome { get; private init; }

    public string? Error { get; private init; }

    public bool IsBlocked => Outcome is null && Error is null;

    public static readonly ActivityResult Blocked = new();

    public static ActivityResult Done(string outcome) => new() { Outcome = outcome };

    /// <summary>The step cannot be done; the whole action that ran it is undone and the reason shown.</summary>
    public static ActivityResult Fail(string error) => new() { Error = error };
}
