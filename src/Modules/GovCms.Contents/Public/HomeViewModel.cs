using GovCms.Tenants;

namespace GovCms.Contents.Public;

/// <param name="Featured">Newest items of the category <see cref="ContentsModule.FeaturedCategory"/>; the first is the lead story.</param>
/// <param name="Latest">Newest news, without those already featured.</param>
/// <param name="Sections">The sections (categories) of Nghị định 42 that have published items, in their order, with the newest.</param>
/// <param name="QuickLinks">Entries of the site menu marked as quick links, in menu order.</param>
/// <param name="Units">The sites directly below this one.</param>
public sealed record HomeViewModel(
    IReadOnlyList<PublishedItem> Featured,
    IReadOnlyList<PublishedItem> Latest,
    IReadOnlyList<HomeSection> Sections,
    IReadOnlyList<MenuEntry> QuickLinks,
    IReadOnlyList<TenantContext> Units);

/// <param name="Href">The category's page, relative to the site.</param>
public sealed record HomeSection(string Name, string Href, IReadOnlyList<ItemLink> Items);
