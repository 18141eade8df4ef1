using System.Text.Json;
using System.Text.Json.Nodes;
using GovCms.Content;
using GovCms.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Events;

/// <summary>
/// Stores one delivery a subscriber as a job of the current site, with the caller's next save. The order key
/// (subscriber and item) keeps one subscriber's deliveries for an item in order; a failing subscriber holds up
/// only its own deliveries for that item.
/// </summary>
internal sealed class EventOutbox(IEnumerable<EventSubscription> subscriptions, IServiceProvider services, IJobQueue jobs, TimeProvider clock) : IEventOutbox
{
    public const string JobKind = "event";

    public async Task RaiseAsync<TEvent>(TEvent e, string itemKey, CancellationToken cancellationToken = default) where TEvent : class
    {
        foreach (var subscription in subscriptions.Where(s => s.EventType == typeof(TEvent)))
        {
            var subscriber = (IEventSubscriber<TEvent>)services.GetRequiredService(subscription.SubscriberType);
            if (!await subscriber.WantsAsync(e, cancellationToken))
            {
                continue;
            }

            jobs.Queue(new JobRequest(JobKind)
            {
                OrderKey = Shorten($"{subscription.Name}|{itemKey}"),
                Payload = new JsonObject
                {
                    ["subscriber"] = subscription.Name,
                    ["itemKey"] = itemKey,
                    ["raisedUtc"] = clock.GetUtcNow().UtcDateTime,
                    ["event"] = JsonSerializer.SerializeToNode(e, ContentJson.Options),
                },
            });
        }
    }

    /// <summary>Keys longer than the column are cut with a hash of the whole, so two long keys stay apart.</summary>
    private static string Shorten(string key) =>
        key.Length <= 200 ? key : $"{key[..150]}#{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)))[..40]}";
}
