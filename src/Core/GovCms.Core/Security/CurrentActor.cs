using Microsoft.AspNetCore.Http;

namespace GovCms.Security;

/// <summary>
/// A person in a request, the host outside any request, or the system where the job runner said so for the
/// scope of a job (<see cref="RunAsSystem"/>).
/// </summary>
public sealed class CurrentActor(IHttpContextAccessor http) : ICurrentActor
{
    private bool _system;

    public ActorKind Kind => _system ? ActorKind.System : http.HttpContext is null ? ActorKind.Host : ActorKind.User;

    public string? UserName => Kind == ActorKind.User ? http.HttpContext?.User.Identity?.Name : null;

    public string? Job { get; private set; }

    public string? WorkflowInstanceId { get; private set; }

    public void RunAsSystem(string job, string? workflowInstanceId)
    {
        _system = true;
        Job = job;
        WorkflowInstanceId = workflowInstanceId;
    }
}
