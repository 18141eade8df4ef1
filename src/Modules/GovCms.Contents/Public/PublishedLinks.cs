using GovCms.Content;
using GovCms.Contents.Categories;

namespace GovCms.Contents.Public;

internal static class PublishedLinks
{
    /// <summary>Links to the rows whose type has public pages.</summary>
    public static IReadOnlyList<ItemLink> From(IEnumerable<PublishedRow> rows, IContentManager content) =>
        rows.Select(row => content.GetType(row.ContentType) is { RoutePrefix: { } prefix } ? new ItemLink(row.Title, $"/{prefix}/{row.Slug}", row.DateUtc) : null)
            .OfType<ItemLink>()
            .ToList();
}
