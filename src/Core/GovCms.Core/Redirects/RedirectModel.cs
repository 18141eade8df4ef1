using GovCms.Data;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Redirects;

internal sealed class RedirectModel : IModelContributor
{
    public const int MaxPathLength = 400;

    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider) =>
        modelBuilder.Entity<Redirect>(redirect =>
        {
            redirect.ToTable("Redirects");
            redirect.Property(r => r.FromPath).HasMaxLength(MaxPathLength);
            redirect.Property(r => r.ToPath).HasMaxLength(MaxPathLength);
            redirect.HasIndex(r => new { r.TenantId, r.FromPath }).IsUnique();
            redirect.HasIndex(r => new { r.TenantId, r.ToPath });
        });
}
