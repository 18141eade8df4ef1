using GovCms.Jobs;

namespace GovCms.Mail;

/// <summary>Sends a queued message once the change that caused it is committed.</summary>
internal sealed class MailJob(MailSender sender) : IJobHandler
{
    public const string JobKind = "mail";

    public string Kind => JobKind;

    public Task RunAsync(Job job, CancellationToken cancellationToken) =>
        sender.SendAsync(job.Payload["to"]!.GetValue<string>(), job.Payload["subject"]!.GetValue<string>(), job.Payload["body"]!.GetValue<string>(), cancellationToken);
}
