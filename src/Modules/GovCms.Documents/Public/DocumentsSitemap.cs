using GovCms.Sitemaps;

namespace GovCms.Documents.Public;

/// <summary>
/// The registry's part of the site's sitemap: <c>/van-ban</c>. Each published document is the engine's part (every published
/// public item with a public page), which leaves out items that are never public (confidential documents).
/// </summary>
internal sealed class DocumentsSitemap : ISitemapContributor
{
    private static readonly IReadOnlyList<SitemapUrl> Urls = [new($"/{DocumentsModule.Document.RoutePrefix}")];

    public Task<int> CountAsync(CancellationToken cancellationToken) => Task.FromResult(Urls.Count);

    public Task<IReadOnlyList<SitemapUrl>> ListAsync(int skip, int take, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SitemapUrl>>(Urls.Skip(skip).Take(take).ToList());
}
