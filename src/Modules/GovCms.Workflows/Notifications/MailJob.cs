using System.Text.Json.Nodes;
using GovCms.Workflows.Scheduling;

namespace GovCms.Workflows.Notifications;

/// <summary>Sends a queued message once the change that caused it is committed.</summary>
internal sealed class MailJob(MailSender sender) : IJobHandler
{
    public string Kind => JobKinds.Mail;

    public Task RunAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        var payload = JsonNode.Parse(job.Payload)!;
        return sender.SendAsync(
            payload["to"]!.GetValue<string>(), payload["subject"]!.GetValue<string>(), payload["body"]!.GetValue<string>(), cancellationToken);
    }
}
