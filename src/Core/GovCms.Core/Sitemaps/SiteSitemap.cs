using GovCms.Content.Parts;
using GovCms.Tenants;

namespace GovCms.Sitemaps;

/// <summary>
/// The addresses of the current site's sitemap: what the modules on at the site contribute (<see cref="ISitemapContributor"/>,
/// in the order they were registered), then every published public item with a public page (<see cref="PublishedItemsSitemap"/>).
/// Paged across them, so a sitemap page may start in one contributor and end in the next.
/// </summary>
public sealed class SiteSitemap(IEnumerable<ISitemapContributor> contributors, PublishedItemsSitemap items, ContentTypeCatalog types, ICurrentTenant current)
{
    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var contributor in Sources())
        {
            count += await contributor.CountAsync(cancellationToken);
        }

        return count;
    }

    public async Task<IReadOnlyList<SitemapUrl>> PageAsync(int skip, int take, CancellationToken cancellationToken)
    {
        var urls = new List<SitemapUrl>();
        foreach (var contributor in Sources())
        {
            if (urls.Count >= take)
            {
                break;
            }

            var count = await contributor.CountAsync(cancellationToken);
            if (skip >= count)
            {
                skip -= count;
                continue;
            }

            urls.AddRange(await contributor.ListAsync(skip, take - urls.Count, cancellationToken));
            skip = 0;
        }

        return urls;
    }

    /// <summary>What crawlers are kept out of besides the admin and the API, as the modules on at the site say.</summary>
    public IReadOnlyList<string> NotCrawled() => Sources().SelectMany(c => c.NotCrawled).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private IEnumerable<ISitemapContributor> Sources()
    {
        var tenant = current.Required;
        foreach (var contributor in contributors)
        {
            if (types.ModuleOfImplementation(contributor.GetType()) is not { } module || tenant.HasFeature(module))
            {
                yield return contributor;
            }
        }

        yield return items;
    }
}
