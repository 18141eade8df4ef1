using GovCms.Content.Parts;
using GovCms.Data;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Content;

internal sealed class ContentModel : IModelContributor
{
    public const string SoftDeleteFilter = "SoftDelete";

    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        // SQLite uses a partial index only for a query term written as its filter: booleans are compared as integers
        // there (GovCmsDbContext.ConfigureConventions), so the soft-delete filter reads "Deleted" = 0.
        var notDeleted = provider == DatabaseProvider.PostgreSql ? "\"Deleted\" = false" : "\"Deleted\" = 0";
        modelBuilder.Entity<ContentItemRecord>(item =>
        {
            item.ToTable("ContentItems");
            item.HasKey(i => i.Id);
            item.Property(i => i.Id).HasMaxLength(40);
            item.Property(i => i.ContentType).HasMaxLength(60);
            item.Property(i => i.Slug).HasMaxLength(120);
            item.Property(i => i.DisplayText).HasMaxLength(300);
            item.Property(i => i.SearchText).HasMaxLength(ContentPreparer.MaxSearchText);
            item.Property(i => i.Owner).HasMaxLength(450);
            item.Property(i => i.ConcurrencyStamp).HasMaxLength(40).IsConcurrencyToken();
            item.HasIndex(i => new { i.TenantId, i.Slug }).IsUnique().HasFilter(notDeleted);
            item.HasIndex(i => new { i.TenantId, i.ContentType, i.ModifiedUtc });
            item.HasQueryFilter(SoftDeleteFilter, i => !i.Deleted);
        });
        modelBuilder.Entity<ContentVersionRecord>(version =>
        {
            version.ToTable("ContentItemVersions");
            version.Property(v => v.ContentItemId).HasMaxLength(40);
            version.Property(v => v.ContentType).HasMaxLength(60);
            version.Property(v => v.Slug).HasMaxLength(120);
            version.Property(v => v.DisplayText).HasMaxLength(300);
            version.Property(v => v.Author).HasMaxLength(256);
            version.HasIndex(v => new { v.ContentItemId, v.Number }).IsUnique();
            version.HasIndex(v => new { v.TenantId, v.ContentType, v.Published, v.SortDateUtc });
            version.HasIndex(v => new { v.TenantId, v.Slug, v.Published });
            version.HasOne<ContentItemRecord>().WithMany().HasForeignKey(v => v.ContentItemId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
