using GovCms.Data;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Notifications;

internal sealed class NotificationsModel : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider) =>
        modelBuilder.Entity<Notification>(notification =>
        {
            notification.ToTable("Notifications");
            notification.Property(n => n.UserName).HasMaxLength(256);
            notification.Property(n => n.Subject).HasMaxLength(300);
            notification.Property(n => n.Link).HasMaxLength(300);
            notification.HasIndex(n => new { n.TenantId, n.UserName, n.ReadUtc });
        });
}
