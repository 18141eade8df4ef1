using MimeKit;

namespace GovCms.Tests.Infrastructure;

/// <summary>A message written to a pickup folder (or received by the test SMTP server), read with MimeKit.</summary>
public sealed record Eml(string To, string Subject, string Body)
{
    /// <summary>The message, or null when the file is not a whole message.</summary>
    public static Eml? Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return From(MimeMessage.Load(stream));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public static Eml From(MimeMessage message) =>
        new(string.Join(", ", message.To.Mailboxes.Select(m => m.Address)), message.Subject ?? "", message.TextBody ?? "");

    /// <summary>All messages of the folder.</summary>
    public static IReadOnlyList<Eml> All(string folder) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml").Select(Read).OfType<Eml>().ToList() : [];
}
