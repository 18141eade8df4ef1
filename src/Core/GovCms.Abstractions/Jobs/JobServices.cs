using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Jobs;

public static class JobServices
{
    /// <summary>Registers the handler of a kind of job (scoped, like the services it uses).</summary>
    public static IServiceCollection AddJobHandler<THandler>(this IServiceCollection services) where THandler : class, IJobHandler =>
        services.AddScoped<IJobHandler, THandler>();

    /// <summary>Declares a recurring job; its kind needs a handler too.</summary>
    public static IServiceCollection AddRecurringJob(this IServiceCollection services, RecurringJob job)
    {
        if ((job.Cron is null) == (job.Every is null))
        {
            throw new ArgumentException($"Recurring job '{job.Name}' needs either a cron expression or an interval.", nameof(job));
        }

        return services.AddSingleton(job);
    }
}
