using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GovCms.Workflows.Engine;

/// <summary>Stops the host at startup when two activities claim one name, as two recipe steps would.</summary>
internal sealed class ActivityNamesCheck(IServiceScopeFactory scopes) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        scope.ServiceProvider.GetRequiredService<ActivityCatalog>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
