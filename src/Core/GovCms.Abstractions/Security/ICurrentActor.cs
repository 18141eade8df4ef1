namespace GovCms.Security;

public enum ActorKind
{
    /// <summary>A signed-in person, in a request.</summary>
    User,

    /// <summary>Code the host runs itself outside any request (the command line, the demo, a recipe the host runs): trusted.</summary>
    Host,

    /// <summary>A background job acting for no one: publishing handlers check it like a person (it never bypasses an approval).</summary>
    System,
}

/// <summary>Who is acting in the current scope. The job runner marks every job's scope <see cref="ActorKind.System"/>.</summary>
public interface ICurrentActor
{
    ActorKind Kind { get; }

    /// <summary>The person's user name; null for the host and the system.</summary>
    string? UserName { get; }

    /// <summary>For the system: the kind of job that runs (e.g. "publish").</summary>
    string? Job { get; }

    /// <summary>For the system: the workflow run the job was queued by, if any (an approval that chose the time).</summary>
    string? WorkflowInstanceId { get; }
}
