using GovCms.Data;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Tenants;

internal sealed class TenantModel : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        modelBuilder.Entity<Tenant>(tenant =>
        {
            tenant.IsHostLevel();
            tenant.Property(t => t.Name).HasMaxLength(100);
            tenant.Property(t => t.Slug).HasMaxLength(100);
            tenant.Property(t => t.DisplayName).HasMaxLength(200);
            tenant.Property(t => t.Level).HasMaxLength(40);
            tenant.Property(t => t.UrlPrefix).HasMaxLength(100);
            tenant.Property(t => t.Theme).HasMaxLength(60);
            tenant.Property(t => t.Features).HasJsonConversion();
            tenant.Property(t => t.Settings).HasJsonConversion();
            tenant.Property(t => t.SettingSections).HasJsonConversion();
            tenant.Property(t => t.Menu).HasJsonConversion();
            tenant.HasIndex(t => t.Name).IsUnique();
            tenant.HasIndex(t => t.Slug).IsUnique();
            tenant.HasIndex(t => t.UrlPrefix).IsUnique();
            tenant.HasIndex(t => t.ParentId);
            tenant.HasOne<Tenant>().WithMany().HasForeignKey(t => t.ParentId).OnDelete(DeleteBehavior.Restrict);
            tenant.HasOne<Tenant>().WithMany().HasForeignKey(t => t.SuccessorId).OnDelete(DeleteBehavior.Restrict);
            tenant.HasMany(t => t.HostNames).WithOne().HasForeignKey(h => h.TenantId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<TenantHostName>(host =>
        {
            host.IsHostLevel();
            host.HasKey(h => h.HostName);
            host.Property(h => h.HostName).HasMaxLength(253);
        });
        modelBuilder.Entity<TenantChange>(change =>
        {
            change.IsHostLevel();
            change.Property(c => c.Kind).HasMaxLength(20);
            change.HasIndex(c => c.ChangedUtc);
        });
    }
}
