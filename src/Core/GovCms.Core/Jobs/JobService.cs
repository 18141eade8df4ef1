using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GovCms.Jobs;

/// <summary>Plans recurring jobs and runs due jobs every few seconds, and at once when a change queued work for now.</summary>
internal sealed partial class JobService(
    JobRunner runner, RecurringJobPlanner recurring, JobSignal signal, IOptions<JobOptions> options, ILogger<JobService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var interval = TimeSpan.FromSeconds(options.Value.PollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await recurring.PlanAsync(runner.Node, stoppingToken);
                await runner.RunDueAsync(runner.Node, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be briefly away; the next round tries again.
                RoundFailed(logger, e);
            }

            try
            {
                await signal.WaitAsync(interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Looking for due jobs failed")]
    private static partial void RoundFailed(ILogger logger, Exception exception);
}
