using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Events;

public static class EventServices
{
    /// <summary>Subscribes a (scoped) handler to events of a type, raised by any module.</summary>
    public static IServiceCollection AddEventSubscriber<TEvent, TSubscriber>(this IServiceCollection services)
        where TEvent : class
        where TSubscriber : class, IEventSubscriber<TEvent>
    {
        services.AddScoped<TSubscriber>();
        return services.AddSingleton(new EventSubscription(typeof(TEvent), typeof(TSubscriber))
        {
            Deliver = (scope, e, delivery, cancellationToken) => scope.GetRequiredService<TSubscriber>().HandleAsync((TEvent)e, delivery, cancellationToken),
        });
    }
}
