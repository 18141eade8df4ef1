using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Sitemaps;

/// <summary>One address of a site's sitemap: a path of the site ("/van-ban/15-qd-ubnd", the prefix is added) and when it last changed.</summary>
public sealed record SitemapUrl(string Path, DateTime? LastModifiedUtc = null);

/// <summary>
/// What a module adds to the sitemap of a site (<c>/sitemap.xml</c>, the engine's): its public addresses, counted and paged
/// so that a site of many items is split into sitemap pages. The engine asks only the contributors of the modules on at the
/// site, in the order they were registered, and pages across them. Only published, public items belong here.
/// </summary>
public interface ISitemapContributor
{
    /// <summary>How many addresses the current site has here.</summary>
    Task<int> CountAsync(CancellationToken cancellationToken);

    /// <summary>The addresses from <paramref name="skip"/> on, at most <paramref name="take"/>, in an order that does not change between calls.</summary>
    Task<IReadOnlyList<SitemapUrl>> ListAsync(int skip, int take, CancellationToken cancellationToken);

    /// <summary>Paths of the module that crawlers should not read (robots.txt), e.g. search results ("/tim-kiem").</summary>
    IEnumerable<string> NotCrawled => [];
}

public static class SitemapServices
{
    /// <summary>Adds a module's part of its sites' sitemaps (scoped: it may read the site's data).</summary>
    public static IServiceCollection AddSitemapContributor<T>(this IServiceCollection services) where T : class, ISitemapContributor =>
        services.AddScoped<ISitemapContributor, T>();
}
