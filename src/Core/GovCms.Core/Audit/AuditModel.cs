using GovCms.Data;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Audit;

internal sealed class AuditModel : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider) =>
        modelBuilder.Entity<AuditEntry>(entry =>
        {
            entry.ToTable("AuditEntries");
            entry.Property(e => e.Category).HasMaxLength(20);
            entry.Property(e => e.Action).HasMaxLength(40);
            entry.Property(e => e.UserName).HasMaxLength(256);
            entry.Property(e => e.ObjectId).HasMaxLength(100);
            entry.Property(e => e.ObjectTitle).HasMaxLength(300);
            entry.Property(e => e.IpAddress).HasMaxLength(45);
            entry.HasIndex(e => new { e.TenantId, e.OccurredUtc });
            entry.HasIndex(e => new { e.TenantId, e.UserName, e.OccurredUtc });
            entry.HasIndex(e => new { e.TenantId, e.ObjectId });
        });
}
