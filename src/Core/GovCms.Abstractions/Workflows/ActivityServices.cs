using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Workflows;

public static class ActivityServices
{
    /// <summary>Registers the handler of an activity (scoped, like the services it uses).</summary>
    public static IServiceCollection AddActivity<TActivity>(this IServiceCollection services) where TActivity : class, IActivity =>
        services.AddScoped<IActivity, TActivity>();
}
