using GovCms.Content.Fields;
using GovCms.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace GovCms.Documents.Catalog;

/// <summary>
/// The lists a site's documents choose from (<see cref="DocumentLists"/>): what the recipe step "documents" or the
/// admin page "Danh mục văn bản" stored, or <see cref="DocumentDefaults"/> for a list the site never set. Issuers are
/// the site's own bodies, then those of each site above it, nearest first. Kept in memory briefly; a change forgets it.
/// </summary>
public sealed class DocumentCatalog(ITenantScopes scopes, ICurrentTenant currentTenant, ITenantCatalog tenants, IMemoryCache cache)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    /// <summary>The lists of the current site.</summary>
    public Task<DocumentLists> ForSiteAsync(CancellationToken cancellationToken = default) =>
        ForSiteAsync(currentTenant.Required, cancellationToken);

    public async Task<DocumentLists> ForSiteAsync(TenantContext site, CancellationToken cancellationToken = default) =>
        await cache.GetOrCreateAsync(Key(site.Id), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            return await LoadAsync(site, cancellationToken);
        }) ?? await LoadAsync(site, cancellationToken);

    /// <summary>The lists the site itself stored or defaults to (issuers: its own bodies only), as the admin page edits them.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<DocumentListItem>>> OwnListsAsync(TenantContext site, CancellationToken cancellationToken = default)
    {
        var stored = await StoredAsync([site.Id], cancellationToken);
        return DocumentListNames.All.ToDictionary(list => list, list => Own(site, list, stored));
    }

    /// <summary>The lists the site stored itself (not its defaults), by list name.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<DocumentListItem>>> StoredListsAsync(TenantContext site, CancellationToken cancellationToken = default)
    {
        var stored = await StoredAsync([site.Id], cancellationToken);
        return DocumentListNames.All.Where(list => stored[(site.Id, list)].Any()).ToDictionary(list => list, list => Own(site, list, stored));
    }

    /// <summary>Forgets the cached lists of a site and of the sites below it (their issuers include its bodies).</summary>
    public void Forget(int siteId)
    {
        cache.Remove(Key(siteId));
        foreach (var child in tenants.Children(siteId))
        {
            Forget(child.Id);
        }
    }

    /// <summary>The terms of the fields or sectors list, for the editor's terms fields.</summary>
    public async Task<IReadOnlyList<ContentTerm>> TermsAsync(string list, CancellationToken cancellationToken = default) =>
        (await ForSiteAsync(cancellationToken)).Of(list).Select(i => new ContentTerm(i.Slug, i.Label)).ToList();

    private static (string, int) Key(int siteId) => ("document-lists", siteId);

    private async Task<DocumentLists> LoadAsync(TenantContext site, CancellationToken cancellationToken)
    {
        var chain = new List<TenantContext> { site };
        chain.AddRange(site.AncestorIds.Select(tenants.Find).OfType<TenantContext>());
        var stored = await StoredAsync(chain.Select(s => s.Id).ToList(), cancellationToken);
        var issuers = chain.SelectMany(s => Own(s, DocumentListNames.Issuers, stored)).DistinctBy(i => i.Slug).ToList();
        return new DocumentLists(Own(site, DocumentListNames.Types, stored), issuers,
            Own(site, DocumentListNames.Fields, stored), Own(site, DocumentListNames.Sectors, stored));
    }

    private static IReadOnlyList<DocumentListItem> Own(TenantContext site, string list, ILookup<(int, string), DocumentListEntry> stored)
    {
        var entries = stored[(site.Id, list)].ToList();
        if (entries.Count > 0)
        {
            return entries.OrderBy(e => e.Position).ThenBy(e => e.Id)
                .Select(e => new DocumentListItem(e.Slug, e.Label, list == DocumentListNames.Issuers ? site.Id : null)).ToList();
        }

        return list switch
        {
            DocumentListNames.Types => DocumentDefaults.Types,
            DocumentListNames.Issuers => DocumentDefaults.Issuers(site),
            DocumentListNames.Fields => DocumentDefaults.Fields,
            _ => DocumentDefaults.Sectors,
        };
    }

    private async Task<ILookup<(int, string), DocumentListEntry>> StoredAsync(IReadOnlyList<int> siteIds, CancellationToken cancellationToken) =>
        (await scopes.Query<DocumentListEntry>(SiteScope.Sites(siteIds)).AsNoTracking().ToListAsync(cancellationToken))
        .ToLookup(e => (e.TenantId, e.List));
}
