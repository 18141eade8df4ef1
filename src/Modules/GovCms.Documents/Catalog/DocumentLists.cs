namespace GovCms.Documents.Catalog;

/// <summary>An entry of a list: its slug (stored in documents), its label, and for an issuer the site it belongs to.</summary>
public sealed record DocumentListItem(string Slug, string Label, int? TenantId = null);

/// <summary>
/// The lists a site's documents choose from: document types, issuing bodies (the site's own first, then its
/// ancestors', nearest first), fields (lĩnh vực) and sectors (ngành). Each is in display order.
/// </summary>
public sealed record DocumentLists(
    IReadOnlyList<DocumentListItem> Types,
    IReadOnlyList<DocumentListItem> Issuers,
    IReadOnlyList<DocumentListItem> Fields,
    IReadOnlyList<DocumentListItem> Sectors)
{
    public string? TypeLabel(string? slug) => Find(Types, slug)?.Label;

    public string? IssuerLabel(string? slug) => Find(Issuers, slug)?.Label;

    public string? FieldLabel(string? slug) => Find(Fields, slug)?.Label;

    public string? SectorLabel(string? slug) => Find(Sectors, slug)?.Label;

    public IReadOnlyList<DocumentListItem> Of(string list) => list switch
    {
        DocumentListNames.Types => Types,
        DocumentListNames.Issuers => Issuers,
        DocumentListNames.Fields => Fields,
        DocumentListNames.Sectors => Sectors,
        _ => throw new ArgumentOutOfRangeException(nameof(list), list, "Unknown document list."),
    };

    private static DocumentListItem? Find(IReadOnlyList<DocumentListItem> list, string? slug) =>
        slug is null ? null : list.FirstOrDefault(i => string.Equals(i.Slug, slug, StringComparison.Ordinal));
}
