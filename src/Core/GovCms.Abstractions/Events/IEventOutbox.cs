namespace GovCms.Events;

/// <summary>
/// Raises events inside a change: each subscriber that wants the event gets a delivery stored with the caller's
/// next save, run after the change commits, at least once (retried with a growing delay when it fails), and in
/// the order raised for the same item (<c>itemKey</c>, e.g. "content:{id}"), by one host of those sharing the database.
/// </summary>
public interface IEventOutbox
{
    Task RaiseAsync<TEvent>(TEvent e, string itemKey, CancellationToken cancellationToken = default) where TEvent : class;
}

/// <summary>
/// Handles events of one type after the change that raised them committed, in the raising site's scope and in a
/// transaction of its own. A delivery may come again after a failure, so handling must be safe to repeat.
/// </summary>
public interface IEventSubscriber<in TEvent> where TEvent : class
{
    /// <summary>Asked when the event is raised (inside the change): false stores no delivery for this subscriber.</summary>
    ValueTask<bool> WantsAsync(TEvent e, CancellationToken cancellationToken) => ValueTask.FromResult(true);

    Task HandleAsync(TEvent e, EventDelivery delivery, CancellationToken cancellationToken);
}

/// <param name="Attempts">How often this delivery failed before.</param>
public sealed record EventDelivery(long Id, string ItemKey, DateTime RaisedUtc, int Attempts, string? RaisedBy);

/// <summary>A subscriber declared with <see cref="EventServices.AddEventSubscriber{TEvent, TSubscriber}"/>.</summary>
public sealed record EventSubscription(Type EventType, Type SubscriberType)
{
    /// <summary>Resolves the subscriber from the delivery's scope and hands it the event.</summary>
    public required Func<IServiceProvider, object, EventDelivery, CancellationToken, Task> Deliver { get; init; }

    /// <summary>Stored with each delivery; renaming a subscriber class leaves its pending deliveries without a subscriber.</summary>
    public string Name => SubscriberType.FullName ?? SubscriberType.Name;
}
