using GovCms.Content.Indexing;
using GovCms.Documents.Api;
using GovCms.Documents.Catalog;
using GovCms.Tenants;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Documents.Public;

/// <summary>One line of the registry: a document of this site, or one a site above applies to it (its owner named).</summary>
public sealed record RegistryLine(
    string Slug, string Number, string Abstract, string? Type, string? Issuer, DateOnly IssuedOn, string Validity, string? Owner);

/// <summary>A filter value with how many documents it would show, the other filters kept.</summary>
public sealed record FacetValue(string Value, string Label, int Count);

/// <summary>The values of one filter with their counts.</summary>
public sealed record Facet(string Key, string Label, IReadOnlyList<FacetValue> Values);

public sealed record RegistryResult(IReadOnlyList<RegistryLine> Lines, long Total, int Page, int PageSize, IReadOnlyList<Facet> Facets)
{
    public int PageCount => (int)Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// The public registry of a site's documents: its own and those its ancestors apply to it (<see cref="SiteScope.VisibleFrom"/>),
/// published and never confidential, read from the declared indexes only. Newest issued first; a search puts the documents
/// whose number and symbol is exactly what was typed first. Each filter's values are counted with the other filters applied
/// (one grouped query a filter), so a visitor sees what each choice would give.
/// </summary>
public sealed class DocumentRegistry(IContentIndex<DocumentIndex> documents, IContentIndex<DocumentFieldIndex> fields, ICurrentTenant current, ITenantCatalog catalog)
{
    public const int PageSize = 20;

    /// <summary>The most documents a feed shows.</summary>
    public const int FeedSize = 20;

    public async Task<RegistryResult> ListAsync(RegistryFilter filter, DocumentLists lists, CancellationToken cancellationToken = default)
    {
        var documentFilter = filter.Documents;
        var ordered = documentFilter.Order(documentFilter.Apply(Visible(), VisibleFields()));
        var page = await documents.PageAsync(ordered, filter.Page, PageSize, cancellationToken);
        return new RegistryResult(Lines(page.Items, lists), page.Total, page.Page, page.Size, await FacetsAsync(documentFilter, lists, cancellationToken));
    }

    /// <summary>The newest documents (of one type, or all) for the feed.</summary>
    public async Task<IReadOnlyList<RegistryLine>> LatestAsync(string? type, DocumentLists lists, CancellationToken cancellationToken = default)
    {
        var rows = Visible();
        if (type is not null)
        {
            rows = rows.Where(r => r.DocumentType == type);
        }

        return Lines(await rows.OrderByDescending(r => r.IssuedOn).ThenByDescending(r => r.Id).Take(FeedSize).ToListAsync(cancellationToken), lists);
    }

    /// <summary>A published document visible here by its address: the site's own first, then the nearest site above that applies one to it.</summary>
    public async Task<DocumentIndex?> FindAsync(string slug, CancellationToken cancellationToken = default)
    {
        var site = current.Required;
        var rows = await Visible().Where(r => r.Slug == slug).ToListAsync(cancellationToken);
        var ancestors = site.AncestorIds.ToList();
        return rows.OrderBy(r => r.TenantId == site.Id ? -1 : ancestors.IndexOf(r.TenantId)).FirstOrDefault();
    }

    private IQueryable<DocumentIndex> Visible() =>
        documents.Query(SiteScope.VisibleFrom(current.Required.Id)).Where(r => !r.Confidential);

    private IQueryable<DocumentFieldIndex> VisibleFields() =>
        fields.Query(SiteScope.VisibleFrom(current.Required.Id)).Where(r => !r.Confidential);

    /// <summary>Each filter's values counted with the other filters applied: one grouped query a filter.</summary>
    private async Task<IReadOnlyList<Facet>> FacetsAsync(DocumentFilter filter, DocumentLists lists, CancellationToken cancellationToken)
    {
        IQueryable<DocumentIndex> Without(DocumentFilter others) => others.Apply(Visible(), VisibleFields());

        async Task<Dictionary<string, int>> CountAsync(DocumentFilter others, System.Linq.Expressions.Expression<Func<DocumentIndex, string>> column) =>
            (await Without(others).GroupBy(column).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .ToDictionary(g => g.Key, g => g.Count);

        var types = await CountAsync(filter with { Type = null }, r => r.DocumentType);
        var issuers = await CountAsync(filter with { Issuer = null }, r => r.Issuer);
        var validities = await CountAsync(filter with { Validity = null }, r => r.Validity);
        var years = (await Without(filter with { Year = null }).GroupBy(r => r.Year).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .Where(y => y.Key > 0).OrderByDescending(y => y.Key).ToList();
        var documentsOfFields = Without(filter with { Field = null }).Select(r => r.ContentItemId);
        var fieldCounts = (await VisibleFields().Where(f => documentsOfFields.Contains(f.ContentItemId))
                .GroupBy(f => f.Field).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .ToDictionary(g => g.Key, g => g.Count);

        Facet FromList(string key, string label, IReadOnlyList<DocumentListItem> list, Dictionary<string, int> counts) =>
            new(key, label, list.Select(i => new FacetValue(i.Slug, i.Label, counts.GetValueOrDefault(i.Slug))).ToList());

        return
        [
            FromList(RegistryFilter.TypeKey, "Loại văn bản", lists.Types, types),
            FromList(RegistryFilter.IssuerKey, "Cơ quan ban hành", lists.Issuers, issuers),
            FromList(RegistryFilter.FieldKey, "Lĩnh vực", lists.Fields, fieldCounts),
            new(RegistryFilter.YearKey, "Năm ban hành", years.Select(y => new FacetValue(y.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), y.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), y.Count)).ToList()),
            new(RegistryFilter.ValidityKey, "Tình trạng hiệu lực", DocumentValidity.All.Select(v => new FacetValue(v.Value, v.Label, validities.GetValueOrDefault(v.Value))).ToList()),
        ];
    }

    private List<RegistryLine> Lines(IEnumerable<DocumentIndex> rows, DocumentLists lists)
    {
        var site = current.Required.Id;
        return rows.Select(r => new RegistryLine(r.Slug, DocumentNumber.Display(r.Number, r.Symbol), r.Title, lists.TypeLabel(r.DocumentType),
            lists.IssuerLabel(r.Issuer), r.IssuedOn, r.Validity, r.TenantId == site ? null : catalog.Find(r.TenantId)?.DisplayName)).ToList();
    }
}
