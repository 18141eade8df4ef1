using GovCms.Data;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Media;

internal sealed class MediaModel : IModelContributor
{
    public const int MaxFileNameLength = 255;

    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider) =>
        modelBuilder.Entity<MediaFile>(file =>
        {
            file.ToTable("MediaFiles");
            file.Property(f => f.Path).HasMaxLength(200);
            file.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
            file.Property(f => f.ContentType).HasMaxLength(100);
            file.Property(f => f.FileName).HasMaxLength(MaxFileNameLength);
            file.Property(f => f.UploadedBy).HasMaxLength(256);
            file.HasIndex(f => new { f.TenantId, f.Path }).IsUnique();
            file.HasIndex(f => new { f.TenantId, f.Kind, f.UploadedUtc });
            file.HasIndex(f => new { f.TenantId, f.UploadedUtc });
        });
}
