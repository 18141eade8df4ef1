using GovCms.Content;
using GovCms.Contents.Categories;
using GovCms.Data;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Contents.Public;

/// <summary>The addresses of a site's sitemap: the home page, the news, every category, then every published item with a public page.</summary>
public sealed class SitemapSource(GovCmsDbContext db, IContentManager content)
{
    public sealed record Url(string Path, DateTime? LastModifiedUtc);

    public async Task<int> CountAsync(CancellationToken cancellationToken) =>
        (await FixedAsync(cancellationToken)).Count + await Items().CountAsync(cancellationToken);

    /// <summary>The addresses from <paramref name="skip"/> on, at most <paramref name="take"/>.</summary>
    public async Task<IReadOnlyList<Url>> PageAsync(int skip, int take, CancellationToken cancellationToken)
    {
        var fixedUrls = await FixedAsync(cancellationToken);
        var urls = fixedUrls.Skip(skip).Take(take).ToList();
        var itemSkip = Math.Max(0, skip - fixedUrls.Count);
        var itemTake = take - urls.Count;
        if (itemTake > 0)
        {
            var prefixes = Prefixes();
            var rows = await Items().OrderBy(v => v.Id).Skip(itemSkip).Take(itemTake)
                .Select(v => new { v.ContentType, v.Slug, v.CreatedUtc })
                .ToListAsync(cancellationToken);
            urls.AddRange(rows.Select(row => new Url($"/{prefixes[row.ContentType]}/{row.Slug}", row.CreatedUtc)));
        }

        return urls;
    }

    private async Task<IReadOnlyList<Url>> FixedAsync(CancellationToken cancellationToken)
    {
        var categories = await db.Set<Category>().AsNoTracking().OrderBy(c => c.Order).ThenBy(c => c.Name).Select(c => c.Slug).ToListAsync(cancellationToken);
        return [new("/", null), new($"/{ContentsModule.Article.RoutePrefix}", null), .. categories.Select(slug => new Url($"/chuyen-muc/{slug}", null))];
    }

    private Dictionary<string, string> Prefixes() => content.Types.Where(t => t.RoutePrefix is not null).ToDictionary(t => t.Name, t => t.RoutePrefix!);

    private IQueryable<ContentVersionRecord> Items()
    {
        var types = Prefixes().Keys.ToList();
        return db.Set<ContentVersionRecord>().AsNoTracking().Where(v => v.Published && !v.Withheld && types.Contains(v.ContentType));
    }
}
