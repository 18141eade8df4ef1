using GovCms.Data;
using GovCms.Mail;
using GovCms.Security;
using GovCms.Tenants;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Notifications;

/// <summary>
/// Tells people: in their inbox, and by e-mail to those with an address. Everything is added to the
/// caller's unit of work; e-mail is queued and sent after the commit, so a change that is undone sends nothing.
/// </summary>
internal sealed class Notifier(GovCmsDbContext db, IMailOutbox outbox, ICurrentTenant currentTenant, TimeProvider clock) : INotifier
{
    /// <param name="link">Relative to the site, e.g. "admin/content/…".</param>
    public async Task NotifyUsersAsync(IReadOnlyCollection<string> userNames, string subject, string body, string? link, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var userName in userNames.Distinct())
        {
            db.Add(new Notification { UserName = userName, Subject = Shorten(subject, 300), Body = body, Link = link, CreatedUtc = now });
        }

        var addresses = await db.Users.Where(u => userNames.Contains(u.UserName!) && u.Email != null && !u.IsDisabled)
            .Select(u => u.Email!).ToListAsync(cancellationToken);
        Mail(addresses, subject, body, link);
    }

    public async Task NotifyRolesAsync(IReadOnlyCollection<string> roles, string subject, string body, string? link, CancellationToken cancellationToken = default) =>
        await NotifyUsersAsync((await MembersAsync(roles, cancellationToken)).Select(m => m.UserName).ToList(), subject, body, link, cancellationToken);

    /// <summary>Only e-mail: for what the inbox already shows, such as a task waiting on the roles.</summary>
    public async Task MailRolesAsync(IReadOnlyCollection<string> roles, string subject, string body, string? link, CancellationToken cancellationToken = default) =>
        Mail((await MembersAsync(roles, cancellationToken)).Select(m => m.Email).OfType<string>().ToList(), subject, body, link);

    private void Mail(IReadOnlyCollection<string> addresses, string subject, string body, string? link)
    {
        if (!outbox.IsConfigured)
        {
            return;
        }

        var text = link is null ? body : $"{body}\n\n{outbox.AbsoluteLink(link) ?? TenantUrls.BasePath(currentTenant.Required) + "/" + link}";
        foreach (var address in addresses.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            outbox.Queue(address, subject, text);
        }
    }

    private async Task<List<(string UserName, string? Email)>> MembersAsync(IReadOnlyCollection<string> roles, CancellationToken cancellationToken)
    {
        var members = await db.Set<UserRole>()
            .Join(db.Set<TenantRole>().Where(r => roles.Contains(r.Name)), ur => ur.RoleId, r => r.Id, (ur, r) => ur.UserId)
            .Join(db.Users.Where(u => !u.IsDisabled), id => id, u => u.Id, (id, u) => new { u.UserName, u.Email })
            .Distinct()
            .ToListAsync(cancellationToken);
        return members.Select(m => (m.UserName!, m.Email)).ToList();
    }

    private static string Shorten(string text, int length) => text.Length > length ? text[..(length - 1)] + "…" : text;
}
