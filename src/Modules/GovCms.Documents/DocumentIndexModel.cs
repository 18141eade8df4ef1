using GovCms.Data;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Documents;

/// <summary>The indexes' own columns, and the database indexes the registry's filters read by, in issue-date order.</summary>
internal sealed class DocumentIndexModel : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        modelBuilder.Entity<DocumentIndex>(index =>
        {
            index.Property(i => i.Number).HasMaxLength(20);
            index.Property(i => i.Symbol).HasMaxLength(60);
            index.Property(i => i.NumberKey).HasMaxLength(120);
            index.Property(i => i.DocumentType).HasMaxLength(60);
            index.Property(i => i.Issuer).HasMaxLength(120);
            index.Property(i => i.Validity).HasMaxLength(40);
            index.Property(i => i.Title).HasMaxLength(DocumentIndex.TitleLength);
            index.Property(i => i.Slug).HasMaxLength(200);
            index.Property(i => i.TitleKey).HasMaxLength(DocumentIndex.TitleLength);
            // The registry in issue order, whole or by one filter; lookups by number.
            index.HasIndex(i => new { i.TenantId, i.Published, i.IssuedOn, i.Id });
            index.HasIndex(i => new { i.TenantId, i.Published, i.DocumentType, i.IssuedOn });
            index.HasIndex(i => new { i.TenantId, i.Published, i.Issuer, i.IssuedOn });
            index.HasIndex(i => new { i.TenantId, i.Published, i.Year, i.IssuedOn });
            index.HasIndex(i => new { i.TenantId, i.Published, i.Validity, i.IssuedOn });
            index.HasIndex(i => new { i.TenantId, i.NumberKey });
            // The validity job: documents whose status may change on a date.
            index.HasIndex(i => new { i.Validity, i.EffectiveOn });
            index.HasIndex(i => new { i.Validity, i.ExpiresOn });
        });
        modelBuilder.Entity<DocumentFieldIndex>(index =>
        {
            index.Property(i => i.Field).HasMaxLength(120);
            index.HasIndex(i => new { i.TenantId, i.Published, i.Field, i.IssuedOn });
        });
        modelBuilder.Entity<Catalog.DocumentListEntry>(entry =>
        {
            entry.ToTable("DocumentListEntries");
            entry.Property(e => e.List).HasMaxLength(20);
            entry.Property(e => e.Slug).HasMaxLength(120);
            entry.Property(e => e.Label).HasMaxLength(300);
            entry.HasIndex(e => new { e.TenantId, e.List, e.Slug }).IsUnique();
        });
    }
}
