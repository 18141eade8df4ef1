using GovCms.Contents.Categories;

namespace GovCms.Contents.Public;

/// <param name="Categories">The categories the article is in (the featured one left out), linked from the page.</param>
/// <param name="Related">Newest other items of its first category, or the newest news when it has none.</param>
public sealed record ArticleViewModel(PublishedItem Item, IReadOnlyList<Category> Categories, IReadOnlyList<ItemLink> Related);

/// <param name="Language">The language of the page's text when it is not Vietnamese ("en" for "Introduction").</param>
/// <param name="ShowsSpokesperson">The press page: the spokesperson's details from the site settings are shown.</param>
public sealed record PageViewModel(PublishedItem Item, string? Language, bool ShowsSpokesperson);

/// <summary>/tim-kiem: what was asked, and a page of what was found.</summary>
public sealed record SearchViewModel(string Query, IReadOnlyList<ItemLink> Results, int Total, int Page, int PageCount);
