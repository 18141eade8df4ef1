using System.Text.Json;
using GovCms.Content;
using GovCms.Jobs;

namespace GovCms.Events;

/// <summary>Hands a stored event to its subscriber; a throw makes the runner try the delivery again later.</summary>
internal sealed class EventDeliveryJob(IEnumerable<EventSubscription> subscriptions, IServiceProvider services) : IJobHandler
{
    public string Kind => EventOutbox.JobKind;

    public Task RunAsync(Job job, CancellationToken cancellationToken)
    {
        var name = job.Payload["subscriber"]!.GetValue<string>();
        var subscription = subscriptions.FirstOrDefault(s => s.Name == name)
            ?? throw new JobRefusedException($"Không còn bộ xử lý sự kiện \"{name}\" trong máy chủ này.");
        var e = job.Payload["event"].Deserialize(subscription.EventType, ContentJson.Options)
            ?? throw new JobRefusedException("Sự kiện không có nội dung.");
        var delivery = new EventDelivery(job.Id, job.Payload["itemKey"]?.GetValue<string>() ?? "", job.Payload["raisedUtc"]?.GetValue<DateTime>() ?? job.DueUtc, job.Attempts, job.CreatedBy);
        return subscription.Deliver(services, e, delivery, cancellationToken);
    }
}
