using GovCms.Content;
using GovCms.Content.Indexing;
using GovCms.Data;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Samples.Notices;

/// <summary>The module's declared index: what its lists and its board filter and sort by, one row a version of a notice.</summary>
public sealed class NoticeIndex : ContentIndexRow
{
    public string Number { get; set; } = "";

    public string Kind { get; set; } = "";

    public DateOnly IssuedOn { get; set; }

    public bool Urgent { get; set; }

    public string Title { get; set; } = "";

    public string Slug { get; set; } = "";

    /// <summary>The row of a version of a notice, mapped from its part (the engine fills the base columns).</summary>
    public static IEnumerable<NoticeIndex> Map(ContentItem item) =>
        item.Get<NoticePart>() is { } notice
            ? [new NoticeIndex
            {
                Number = notice.Number, Kind = notice.Kind ?? "", IssuedOn = notice.IssuedOn ?? default, Urgent = notice.Urgent,
                Title = item.DisplayText, Slug = item.Slug,
            }]
            : [];
}

/// <summary>The index's own columns and the one index its board reads by: a kind in issue order.</summary>
internal sealed class NoticeIndexModel : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider) =>
        modelBuilder.Entity<NoticeIndex>(index =>
        {
            index.Property(i => i.Number).HasMaxLength(30);
            index.Property(i => i.Kind).HasMaxLength(30);
            index.Property(i => i.Title).HasMaxLength(300);
            index.Property(i => i.Slug).HasMaxLength(120);
            index.HasIndex(i => new { i.Kind, i.IssuedOn, i.Id });
        });
}
