using GovCms.Tenants;

namespace GovCms.Contents.Public;

/// <param name="Featured">Newest items of the category <see cref="ContentsModule.FeaturedCategory"/>.</param>
/// <param name="Latest">Newest news, without those already featured.</param>
/// <param name="QuickLinks">Entries of the site menu marked as quick links, in menu order.</param>
/// <param name="Units">The sites directly below this one.</param>
public sealed record HomeViewModel(
    IReadOnlyList<PublishedItem> Featured,
    IReadOnlyList<PublishedItem> Latest,
    IReadOnlyList<MenuEntry> QuickLinks,
    IReadOnlyList<TenantContext> Units);
