using GovCms.Content.Indexing;
using GovCms.Data;
using GovCms.Tenants;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Content;

/// <summary>The rows of one declared index, without knowing its row type at compile time.</summary>
internal abstract class ContentIndexTable
{
    public static ContentIndexTable For(ContentIndexDeclaration declaration) =>
        (ContentIndexTable)Activator.CreateInstance(typeof(ContentIndexTable<>).MakeGenericType(declaration.RowType), declaration)!;

    public abstract ContentIndexDeclaration Declaration { get; }

    /// <summary>The item's rows of the current site: stored (tracked) and added earlier in this unit of work.</summary>
    public abstract Task<List<ContentIndexRow>> RowsAsync(GovCmsDbContext db, string contentItemId);

    /// <summary>Every row of a site, tracked (retirement moves them).</summary>
    public abstract Task<List<ContentIndexRow>> RowsOfSiteAsync(ITenantScopes scopes, int tenantId, CancellationToken cancellationToken);
}

internal sealed class ContentIndexTable<TRow>(ContentIndexDeclaration declaration) : ContentIndexTable where TRow : ContentIndexRow
{
    public override ContentIndexDeclaration Declaration => declaration;

    public override async Task<List<ContentIndexRow>> RowsAsync(GovCmsDbContext db, string contentItemId)
    {
        var stored = CreatedInThisUnit.Holds(db, contentItemId) ? [] : await db.Set<TRow>().Where(r => r.ContentItemId == contentItemId).ToListAsync();
        var added = UnitOfWork.Added<TRow>(db, r => r.ContentItemId == contentItemId);
        return [.. stored.Union(added)];
    }

    public override async Task<List<ContentIndexRow>> RowsOfSiteAsync(ITenantScopes scopes, int tenantId, CancellationToken cancellationToken) =>
        [.. await scopes.Query<TRow>(SiteScope.Site(tenantId)).ToListAsync(cancellationToken)];
}

/// <summary>The declared indexes of the host, built once.</summary>
internal sealed class ContentIndexTables(IEnumerable<ContentIndexDeclaration> declarations)
{
    public IReadOnlyList<ContentIndexTable> All { get; } = [.. declarations.Select(ContentIndexTable.For)];
}
