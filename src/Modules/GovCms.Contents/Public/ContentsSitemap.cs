using GovCms.Contents.Categories;
using GovCms.Data;
using GovCms.Sitemaps;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Contents.Public;

/// <summary>The news module's addresses of a site's sitemap: the home page, the news and every category (its articles and pages are the engine's part).</summary>
public sealed class ContentsSitemap(GovCmsDbContext db) : ISitemapContributor
{
    public async Task<int> CountAsync(CancellationToken cancellationToken) => 2 + await db.Set<Category>().CountAsync(cancellationToken);

    public async Task<IReadOnlyList<SitemapUrl>> ListAsync(int skip, int take, CancellationToken cancellationToken)
    {
        var categories = await db.Set<Category>().AsNoTracking().OrderBy(c => c.Order).ThenBy(c => c.Name).Select(c => c.Slug).ToListAsync(cancellationToken);
        List<SitemapUrl> all = [new("/"), new($"/{ContentsModule.Article.RoutePrefix}"), .. categories.Select(slug => new SitemapUrl($"/chuyen-muc/{slug}"))];
        return all.Skip(skip).Take(take).ToList();
    }

    public IEnumerable<string> NotCrawled => ["/tim-kiem"];
}
