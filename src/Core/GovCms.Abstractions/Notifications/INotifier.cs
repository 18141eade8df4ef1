namespace GovCms.Notifications;

/// <summary>
/// Tells people of the current site: a message in their inbox ("Hộp việc"), and by e-mail to those with an address.
/// Everything is added to the caller's unit of work; e-mail is queued and sent after the commit.
/// </summary>
public interface INotifier
{
    /// <param name="link">Relative to the site, e.g. "admin/content/…"; null when there is nothing to open.</param>
    Task NotifyUsersAsync(IReadOnlyCollection<string> userNames, string subject, string body, string? link, CancellationToken cancellationToken = default);

    /// <summary>As <see cref="NotifyUsersAsync"/>, to the active members of these roles.</summary>
    Task NotifyRolesAsync(IReadOnlyCollection<string> roles, string subject, string body, string? link, CancellationToken cancellationToken = default);

    /// <summary>Only e-mail, to the members of these roles: for what the inbox shows already.</summary>
    Task MailRolesAsync(IReadOnlyCollection<string> roles, string subject, string body, string? link, CancellationToken cancellationToken = default);
}
