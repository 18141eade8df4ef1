namespace GovCms.Workflows.Scheduling;

/// <summary>Runs the jobs of one kind, in a scope set to the job's tenant and inside a transaction.</summary>
internal interface IJobHandler
{
    string Kind { get; }

    Task RunAsync(ScheduledJob job, CancellationToken cancellationToken);
}
