using GovCms.Data;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Notifications;

/// <summary>The messages in a user's inbox on the current site.</summary>
public sealed class NotificationInbox(GovCmsDbContext db, TimeProvider clock)
{
    public const int Shown = 50;

    /// <summary>The newest messages first.</summary>
    public async Task<IReadOnlyList<Notification>> ListAsync(string userName, CancellationToken cancellationToken = default) =>
        await db.Set<Notification>().AsNoTracking()
            .Where(n => n.UserName == userName)
            .OrderByDescending(n => n.Id)
            .Take(Shown)
            .ToListAsync(cancellationToken);

    public Task<int> UnreadCountAsync(string userName, CancellationToken cancellationToken = default) =>
        db.Set<Notification>().CountAsync(n => n.UserName == userName && n.ReadUtc == null, cancellationToken);

    public Task<int> MarkAllReadAsync(string userName, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Set<Notification>()
            .Where(n => n.UserName == userName && n.ReadUtc == null)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadUtc, now), cancellationToken);
    }
}
