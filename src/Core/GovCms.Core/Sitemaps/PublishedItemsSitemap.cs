using GovCms.Content;
using GovCms.Content.Parts;
using GovCms.Data;
using GovCms.Tenants;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Sitemaps;

/// <summary>
/// The engine's part of every sitemap: the listing of each type it serves itself (<c>/{prefix}</c>, not
/// <see cref="ContentTypeSettings.OwnPublicPages"/>), then every published item of the site whose type has a route
/// prefix and whose module is on at the site (<c>/{prefix}/{slug}</c>), in the order they were created; never a withheld one (a confidential document).
/// </summary>
public sealed class PublishedItemsSitemap(GovCmsDbContext db, ContentTypeCatalog types, ICurrentTenant current) : ISitemapContributor
{
    public async Task<int> CountAsync(CancellationToken cancellationToken) =>
        Listings().Count + await Items().CountAsync(cancellationToken);

    public async Task<IReadOnlyList<SitemapUrl>> ListAsync(int skip, int take, CancellationToken cancellationToken)
    {
        var listings = Listings();
        var urls = listings.Skip(skip).Take(take).ToList();
        var itemTake = take - urls.Count;
        if (itemTake > 0)
        {
            var prefixes = Typed().ToDictionary(t => t.Name, t => t.RoutePrefix!, StringComparer.OrdinalIgnoreCase);
            var rows = await Items().OrderBy(v => v.Id).Skip(Math.Max(0, skip - listings.Count)).Take(itemTake)
                .Select(v => new { v.ContentType, v.Slug, v.CreatedUtc })
                .ToListAsync(cancellationToken);
            urls.AddRange(rows.Select(row => new SitemapUrl($"/{prefixes[row.ContentType]}/{row.Slug}", row.CreatedUtc)));
        }

        return urls;
    }

    private List<ContentTypeDefinition> Typed() => types.EnabledFor(current.Required).Where(t => !string.IsNullOrEmpty(t.RoutePrefix)).ToList();

    private List<SitemapUrl> Listings() => Typed().Where(t => !t.Settings.OwnPublicPages).Select(t => new SitemapUrl($"/{t.RoutePrefix}")).ToList();

    private IQueryable<ContentVersionRecord> Items()
    {
        var names = Typed().Select(t => t.Name).ToList();
        return db.Set<ContentVersionRecord>().AsNoTracking().Where(v => v.Published && !v.Withheld && names.Contains(v.ContentType));
    }
}
