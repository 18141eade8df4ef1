using GovCms.Content.Indexing;
using GovCms.Data;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Bench.Index;

/// <summary>What a module would put in a part: a notice's field, its kind and the day it was issued.</summary>
public sealed class NoticePart
{
    public string Field { get; set; } = "";
    public string Kind { get; set; } = "";
    public DateTime IssuedUtc { get; set; }
}

/// <summary>The module's declared index: the two filter columns and the sort column, mapped from <see cref="NoticePart"/>.</summary>
public sealed class NoticeIndex : ContentIndexRow
{
    public string Field { get; set; } = "";
    public string Kind { get; set; } = "";
    public DateTime IssuedUtc { get; set; }
}

/// <summary>The module's own indexes on top of the engine's base columns.</summary>
internal sealed class NoticeIndexModel : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider) =>
        modelBuilder.Entity<NoticeIndex>(index =>
        {
            index.Property(i => i.Field).HasMaxLength(60);
            index.Property(i => i.Kind).HasMaxLength(60);
            // One to count a filter's rows and order a subtree's page without reading the table (the sort column last:
            // the engine reads a page's ids first), one to read a whole-table page in date order and stop.
            index.HasIndex(i => new { i.Field, i.Kind, i.TenantId, i.Published, i.IssuedUtc });
            index.HasIndex(i => new { i.Field, i.Kind, i.IssuedUtc, i.Id });
        });
}
