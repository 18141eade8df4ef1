using GovCms.Content;
using GovCms.Content.Fields;
using GovCms.Documents.Catalog;
using GovCms.Tenants;

namespace GovCms.Documents.Api;

public sealed record Labelled(string Slug, string Label);

/// <summary>A document in a list of the API: what the index row holds, with the site's labels.</summary>
public sealed record DocumentSummary(string Id, string Slug, string Number, string DocumentNumberCaption, Labelled DocumentType, Labelled Issuer,
    DateOnly IssuedOn, DateOnly? EffectiveOn, DateOnly? ExpiresOn, Labelled Validity, string Abstract, string Owner, string Url)
{
    public static DocumentSummary From(DocumentIndex row, DocumentLists lists, ITenantCatalog tenants) => new(
        row.ContentItemId, row.Slug, DocumentNumber.Display(row.Number, row.Symbol, NumberYear(row)), $"Số: {DocumentNumber.Display(row.Number, row.Symbol, NumberYear(row))}",
        new(row.DocumentType, lists.TypeLabel(row.DocumentType) ?? row.DocumentType), new(row.Issuer, lists.IssuerLabel(row.Issuer) ?? row.Issuer),
        row.IssuedOn, row.EffectiveOn, row.ExpiresOn, new(row.Validity, DocumentValidity.Label(row.Validity)), row.Title,
        tenants.Find(row.TenantId)?.DisplayName ?? "", PublicUrl(tenants.Find(row.TenantId), row.Slug));

    /// <summary>The year inside the number, when the number key carries one ("15/2025/qd-ubnd").</summary>
    private static int? NumberYear(DocumentIndex row) =>
        row.Number.Length > 0 && row.NumberKey.StartsWith($"{DocumentNumber.Key(row.Number)}/{row.Year}/", StringComparison.Ordinal) ? row.Year : null;

    public static string PublicUrl(TenantContext? site, string slug) =>
        $"{(site is null ? "" : TenantUrls.BasePath(site))}/{DocumentsModule.RegistrySegment}/{slug}";
}

/// <summary>A relation as the API shows it, from this document's end.</summary>
public sealed record DocumentRelationOutput(string? Type, string Label, bool Incoming, string? Id, string? Title, string? Url, bool External, bool Exists);

/// <summary>A document with every field, as the API's detail shows it.</summary>
public sealed record DocumentDetail(string Id, string Slug, string Number, string? NumberPart, int? Year, string Symbol, Labelled DocumentType, Labelled Issuer,
    string Signer, string SignerTitle, DateOnly? IssuedOn, DateOnly? EffectiveOn, DateOnly? ExpiresOn, Labelled Validity, string Abstract,
    IReadOnlyList<Labelled> Fields, IReadOnlyList<Labelled> Sectors, string? Urgency, IReadOnlyList<string> Files, string BodyHtml,
    IReadOnlyList<DocumentRelationOutput> Relations, string? NationalDatabaseUrl, bool SharedDownward, string Owner, string Url, DateTime? PublishedUtc)
{
    public static DocumentDetail From(ContentItem item, DocumentPart part, DocumentLists lists, IReadOnlyList<ContentRelation> relations, TenantContext owner) => new(
        item.ContentItemId, item.Slug, DocumentNumber.Display(part), part.Number.Length == 0 ? null : part.Number, part.Year, part.Symbol,
        new(part.DocumentType, lists.TypeLabel(part.DocumentType) ?? part.DocumentType), new(part.Issuer, lists.IssuerLabel(part.Issuer) ?? part.Issuer),
        part.Signer, part.SignerTitle, part.IssuedOn, part.EffectiveOn, part.ExpiresOn, new(part.Validity, DocumentValidity.Label(part.Validity)), part.Abstract,
        part.Fields.Select(f => new Labelled(f, lists.FieldLabel(f) ?? f)).ToList(), part.Sectors.Select(s => new Labelled(s, lists.SectorLabel(s) ?? s)).ToList(),
        part.Urgency, part.Files, part.BodyHtml,
        relations.Select(r => new DocumentRelationOutput(r.Type, r.Relation, r.Incoming, r.External ? null : r.ContentItemId, r.DisplayText, r.Url, r.External, r.Exists)).ToList(),
        part.NationalDatabaseUrl, item.Get<GovCms.Content.Indexing.SharingPart>()?.SharedDownward == true, owner.DisplayName,
        DocumentSummary.PublicUrl(owner, item.Slug), item.PublishedUtc);
}
