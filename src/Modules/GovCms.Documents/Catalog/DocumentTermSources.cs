using GovCms.Content.Fields;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Documents.Catalog;

/// <summary>
/// One of the site's lists as the terms of a taxonomy: the fields (lĩnh vực) and sectors (ngành) a document is filed
/// under, and the types and issuing bodies the admin list filters by.
/// </summary>
internal sealed class DocumentListTerms(DocumentCatalog catalog, string taxonomy, string list) : IContentTermSource
{
    private static readonly (string Taxonomy, string List)[] Taxonomies =
    [
        (DocumentPart.FieldsTaxonomy, DocumentListNames.Fields),
        (DocumentPart.SectorsTaxonomy, DocumentListNames.Sectors),
        (DocumentPart.TypesTaxonomy, DocumentListNames.Types),
        (DocumentPart.IssuersTaxonomy, DocumentListNames.Issuers),
    ];

    public string Taxonomy => taxonomy;

    public Task<IReadOnlyList<ContentTerm>> ListAsync(CancellationToken cancellationToken = default) => catalog.TermsAsync(list, cancellationToken);

    public static void AddAll(IServiceCollection services)
    {
        foreach (var (taxonomy, list) in Taxonomies)
        {
            services.AddScoped<IContentTermSource>(provider => new DocumentListTerms(provider.GetRequiredService<DocumentCatalog>(), taxonomy, list));
        }
    }
}
