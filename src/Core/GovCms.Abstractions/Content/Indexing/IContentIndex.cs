using GovCms.Tenants;

namespace GovCms.Content.Indexing;

/// <summary>
/// Typed queries over a declared index. Scope first, then filters and ordering as plain LINQ on the
/// <see cref="IQueryable{T}"/>, then a page (<see cref="Paging"/>: no overflow). Rows carry <c>TenantId</c>:
/// the owner site of each row (ITenantCatalog.Find(row.TenantId)?.DisplayName).
/// </summary>
public interface IContentIndex<TRow> where TRow : ContentIndexRow
{
    /// <summary>
    /// The rows of the sites in <paramref name="scope"/>, of the version asked for. With
    /// <see cref="SiteScope.VisibleFrom"/>: the site's own rows and those its ancestors shared downward to its level.
    /// </summary>
    IQueryable<TRow> Query(SiteScope scope, IndexedVersion version = IndexedVersion.Published);

    /// <summary>One page of an ordered query and the number of rows in all pages.</summary>
    Task<IndexPage<TRow>> PageAsync(IQueryable<TRow> ordered, int page, int size, CancellationToken cancellationToken = default);

    /// <summary>How many distinct items each site has in the query (dashboards): one grouped count over the scope's rows.</summary>
    Task<IReadOnlyDictionary<int, int>> CountBySiteAsync(IQueryable<TRow> query, CancellationToken cancellationToken = default);
}

/// <param name="Page">The page number after clamping (1 or more).</param>
/// <param name="Size">The page size after clamping.</param>
public sealed record IndexPage<TRow>(IReadOnlyList<TRow> Items, long Total, int Page, int Size);
