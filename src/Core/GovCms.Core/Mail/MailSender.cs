using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace GovCms.Mail;

/// <summary>Sends one plain-text message through MailKit: to the SMTP server, or as an .eml file in the pickup folder.</summary>
internal sealed class MailSender(IOptions<MailOptions> options)
{
    public async Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Date = DateTimeOffset.UtcNow;
        message.Body = new TextPart("plain") { Text = body, ContentTransferEncoding = ContentEncoding.Base64 };

        if (!string.IsNullOrWhiteSpace(settings.PickupDirectory))
        {
            await WriteToPickupAsync(message, settings.PickupDirectory, cancellationToken);
            return;
        }

        using var client = new SmtpClient();
        var security = settings.EnableSsl ? (settings.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls) : SecureSocketOptions.None;
        await client.ConnectAsync(settings.Host!, settings.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    /// <summary>Written under a temporary name and then renamed, so a program sending from the folder never reads half a message.</summary>
    private static async Task WriteToPickupAsync(MimeMessage message, string folder, CancellationToken cancellationToken)
    {
        var directory = Path.GetFullPath(folder);
        Directory.CreateDirectory(directory);
        var name = Guid.NewGuid().ToString("N");
        var temporary = Path.Combine(directory, name + ".tmp");
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, Path.Combine(directory, name + ".eml"));
    }
}
