using GovCms.Content;
using GovCms.Rendering;

namespace GovCms.Contents.Public;

/// <summary>A paged list of published items: the news, or one category.</summary>
public sealed record ListingViewModel(string Title, IReadOnlyList<Crumb> Breadcrumb, IReadOnlyList<PublishedItem> Items, ContentPage Page)
{
    /// <summary>The RSS feed of what the listing shows, when it has its own.</summary>
    public FeedLink? Feed { get; init; }
}
