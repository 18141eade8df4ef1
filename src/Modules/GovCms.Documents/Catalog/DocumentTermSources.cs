using GovCms.Content.Fields;

namespace GovCms.Documents.Catalog;

/// <summary>The site's fields (lĩnh vực) as the terms of <see cref="DocumentPart.Fields"/>.</summary>
internal sealed class DocumentFieldTerms(DocumentCatalog catalog) : IContentTermSource
{
    public string Taxonomy => DocumentPart.FieldsTaxonomy;

    public Task<IReadOnlyList<ContentTerm>> ListAsync(CancellationToken cancellationToken = default) =>
        catalog.TermsAsync(DocumentListNames.Fields, cancellationToken);
}

/// <summary>The site's sectors (ngành) as the terms of <see cref="DocumentPart.Sectors"/>.</summary>
internal sealed class DocumentSectorTerms(DocumentCatalog catalog) : IContentTermSource
{
    public string Taxonomy => DocumentPart.SectorsTaxonomy;

    public Task<IReadOnlyList<ContentTerm>> ListAsync(CancellationToken cancellationToken = default) =>
        catalog.TermsAsync(DocumentListNames.Sectors, cancellationToken);
}

/// <summary>The site's document types, as the choices of the admin list's filter "Loại văn bản".</summary>
internal sealed class DocumentTypeTerms(DocumentCatalog catalog) : IContentTermSource
{
    public string Taxonomy => DocumentPart.TypesTaxonomy;

    public Task<IReadOnlyList<ContentTerm>> ListAsync(CancellationToken cancellationToken = default) =>
        catalog.TermsAsync(DocumentListNames.Types, cancellationToken);
}

/// <summary>The issuing bodies the site may name, as the choices of the admin list's filter "Cơ quan ban hành".</summary>
internal sealed class DocumentIssuerTerms(DocumentCatalog catalog) : IContentTermSource
{
    public string Taxonomy => DocumentPart.IssuersTaxonomy;

    public Task<IReadOnlyList<ContentTerm>> ListAsync(CancellationToken cancellationToken = default) =>
        catalog.TermsAsync(DocumentListNames.Issuers, cancellationToken);
}
