using GovCms.Data;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Content;

internal sealed class ContentReferenceModel : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider) =>
        modelBuilder.Entity<ContentReference>(reference =>
        {
            reference.ToTable("ContentReferences");
            reference.Property(r => r.FromItemId).HasMaxLength(40);
            reference.Property(r => r.Kind).HasMaxLength(10);
            reference.Property(r => r.Target).HasMaxLength(200);
            reference.Property(r => r.Field).HasMaxLength(200);
            reference.Property(r => r.Relation).HasMaxLength(100);
            // Where a file is used, what links to an item, and the items still to be read after an upgrade (Kind first).
            reference.HasIndex(r => new { r.Kind, r.Target, r.TenantId });
            reference.HasIndex(r => r.FromItemId);
            reference.HasOne<ContentItemRecord>().WithMany().HasForeignKey(r => r.FromItemId).OnDelete(DeleteBehavior.Cascade);
        });
}
