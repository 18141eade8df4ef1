namespace GovCms.Mail;

/// <summary>
/// E-mail to people, sent after the change that caused it is committed: a message queued here is stored
/// with the caller's next save, so a change that is undone sends nothing. A module that sends mail
/// implements it (Workflows); without one, or while mail is not configured, nothing can be sent.
/// </summary>
public interface IMailOutbox
{
    /// <summary>Whether mail leaves the host at all (an SMTP server or a pickup folder is configured).</summary>
    bool IsConfigured { get; }

    /// <summary>
    /// An absolute address of a page of the current site ("admin/reset-password?..."), built from the host's
    /// configured address, never from the request; null when the host has no address configured.
    /// </summary>
    string? AbsoluteLink(string pathInSite);

    /// <summary>Queues a plain-text message to one address (stored with the caller's next save).</summary>
    void Queue(string to, string subject, string body);
}
