using GovCms.Data;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Security;

internal sealed class SecurityModel : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        modelBuilder.Entity<GovCmsUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(200);
            user.HasIndex(u => u.TenantId);
            user.HasOne<GovCms.Tenants.Tenant>().WithMany().HasForeignKey(u => u.TenantId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<TenantRole>(role =>
        {
            role.Property(r => r.Name).HasMaxLength(100);
            role.Property(r => r.DisplayName).HasMaxLength(200);
            role.HasIndex(r => new { r.TenantId, r.Name }).IsUnique();
            role.HasMany(r => r.Permissions).WithOne().HasForeignKey(p => p.RoleId).OnDelete(DeleteBehavior.Cascade);
            role.HasOne<GovCms.Tenants.Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<RolePermission>(permission =>
        {
            permission.Property(p => p.Permission).HasMaxLength(100);
            permission.HasIndex(p => new { p.RoleId, p.Permission }).IsUnique();
        });
        modelBuilder.Entity<UserRole>(userRole =>
        {
            userRole.HasIndex(u => new { u.UserId, u.RoleId }).IsUnique();
            userRole.HasOne<GovCmsUser>().WithMany().HasForeignKey(u => u.UserId).OnDelete(DeleteBehavior.Cascade);
            userRole.HasOne<TenantRole>().WithMany().HasForeignKey(u => u.RoleId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
