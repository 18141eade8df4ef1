using GovCms.Content.Display;
using GovCms.Content.Indexing;
using GovCms.Content.Parts;
using GovCms.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Content.Public;

/// <summary>
/// What the generic public pages read: a type's published items of the current site, newest first, and the items its
/// ancestors shared downward to it (the engine's <see cref="SharedContentIndex"/>, read with <see cref="SiteScope.VisibleFrom"/>);
/// one item by its slug, the site's own first, then a shared one, read in its owner's scope.
/// </summary>
public sealed class PublicContentPages(
    IContentManager content,
    IContentIndex<SharedContentIndex> shared,
    ITenantScopes scopes,
    ITenantCatalog catalog,
    ICurrentTenant current,
    ContentDisplays displays)
{
    public const int PageSize = 10;

    /// <summary>The most shared items shown on a listing's first page.</summary>
    public const int SharedShown = 20;

    /// <summary>The listing's page; null for a page past the last.</summary>
    public async Task<PublicListing?> ListAsync(ContentTypeDefinition type, int page, CancellationToken cancellationToken = default)
    {
        var result = await content.ListPublishedAsync(new ContentQuery(type.Name, Page: page, PageSize: PageSize), cancellationToken);
        if (page < 1 || page > result.PageCount)
        {
            return null;
        }

        var own = result.Items.Select(i => new PublicListEntry(i.DisplayText, $"/{type.RoutePrefix}/{i.Slug}", i.PublishedUtc ?? i.ModifiedUtc, null)).ToList();
        var fromAbove = page == 1 ? await SharedAsync(type, cancellationToken) : [];
        return new PublicListing(type, own, fromAbove, result);
    }

    /// <summary>The published item shown at /{prefix}/{slug}: the site's own, or one shared down to it (with its owner); null when there is none.</summary>
    public async Task<ItemDisplay?> FindAsync(ContentTypeDefinition type, string slug, CancellationToken cancellationToken = default)
    {
        if (await content.GetPublishedBySlugAsync(type.Name, slug, cancellationToken) is { } item)
        {
            return await displays.BuildAsync(item, type, cancellationToken: cancellationToken);
        }

        var site = current.Required.Id;
        var rows = await shared.Query(SiteScope.VisibleFrom(site))
            .Where(r => r.TenantId != site && r.ContentType == type.Name && r.Slug == slug)
            .ToListAsync(cancellationToken);
        // The nearest site above wins when two of them share an item with the same address.
        var ancestors = current.Required.AncestorIds.ToList();
        var row = rows.OrderBy(r => ancestors.IndexOf(r.TenantId)).FirstOrDefault();
        if (row is null || catalog.Find(row.TenantId) is not { } owner)
        {
            return null;
        }

        return await scopes.RunInAsync(owner.Id, async services =>
            await services.GetRequiredService<IContentManager>().GetAsync(row.ContentItemId, VersionOptions.Published, cancellationToken) is { } sharedItem
                ? await services.GetRequiredService<ContentDisplays>().BuildAsync(sharedItem, type, owner.DisplayName, cancellationToken)
                : null, cancellationToken);
    }

    private async Task<IReadOnlyList<PublicListEntry>> SharedAsync(ContentTypeDefinition type, CancellationToken cancellationToken)
    {
        var site = current.Required.Id;
        var rows = await shared.Query(SiteScope.VisibleFrom(site))
            .Where(r => r.TenantId != site && r.ContentType == type.Name)
            .OrderByDescending(r => r.DateUtc).ThenByDescending(r => r.Id)
            .Take(SharedShown)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new PublicListEntry(r.DisplayText, $"/{type.RoutePrefix}/{r.Slug}", r.DateUtc, catalog.Find(r.TenantId)?.DisplayName ?? "")).ToList();
    }
}
