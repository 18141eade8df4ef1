using GovCms.Content.Indexing;
using GovCms.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Content.Public;

/// <summary>
/// The engine's declared index of items shared downward (<see cref="SharingPart"/>), of every type: what the generic
/// public pages of the sites below read, with <c>SiteScope.VisibleFrom</c>. Items not shared have no row, so the table
/// stays as small as what provinces and districts share.
/// </summary>
public sealed class SharedContentIndex : ContentIndexRow
{
    public string Slug { get; set; } = "";

    public string DisplayText { get; set; } = "";

    /// <summary>When the version was published (or saved, for a draft): listings show the newest first.</summary>
    public DateTime DateUtc { get; set; }
}

internal static class SharedContentIndexing
{
    public static IServiceCollection AddSharedContentIndex(this IServiceCollection services)
    {
        services.AddContentIndex(item => item.Get<SharingPart>()?.SharedDownward == true
            ? [new SharedContentIndex { Slug = item.Slug, DisplayText = item.DisplayText, DateUtc = item.PublishedUtc ?? item.ModifiedUtc }]
            : Array.Empty<SharedContentIndex>());
        services.AddSingleton<IModelContributor, SharedContentIndexModel>();
        return services;
    }
}

internal sealed class SharedContentIndexModel : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        var row = modelBuilder.Entity<SharedContentIndex>();
        row.Property(r => r.Slug).HasMaxLength(200);
        row.Property(r => r.DisplayText).HasMaxLength(300);
        row.HasIndex(r => new { r.TenantId, r.ContentType, r.Slug });
    }
}
