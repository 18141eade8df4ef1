using GovCms.Content.Indexing;
using GovCms.Content.Parts;
using GovCms.Documents.Catalog;
using GovCms.Tenants;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Documents;

/// <summary>
/// What a document's fields cannot check alone: the lists of the site (type, issuer, fields, sectors), the order of
/// its dates, a relation to itself, the national database's address, and issuer + year + number + symbol taken on the
/// site. Derives the validity from the dates when none is chosen; a confidential document is never public.
/// </summary>
public sealed class DocumentPartHandler(DocumentCatalog catalog, IContentIndex<DocumentIndex> index, ICurrentTenant currentTenant, TimeProvider clock)
    : ContentPartHandler<DocumentPart>
{
    public override async Task PrepareAsync(DocumentPart part, ContentPartContext context)
    {
        // A choice left empty is stored as null.
        part.DocumentType ??= "";
        part.Issuer ??= "";
        part.Number = part.Number.Trim();
        part.Symbol = part.Symbol.Trim().ToUpperInvariant();
        part.Abstract = part.Abstract.Trim();
        part.NationalDatabaseUrl = string.IsNullOrWhiteSpace(part.NationalDatabaseUrl) ? null : part.NationalDatabaseUrl.Trim();
        var lists = await catalog.ForSiteAsync();
        CheckLists(part, context, lists);
        CheckDates(part, context);
        if (part.Relations.Any(r => r.ContentItemId == context.Item.ContentItemId))
        {
            context.Fail(nameof(DocumentPart.Relations), "Văn bản không thể liên quan đến chính nó: hãy bỏ liên kết đến chính văn bản này.");
        }

        if (part.NationalDatabaseUrl is { } url && (!Uri.TryCreate(url, UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https")))
        {
            context.Fail(nameof(DocumentPart.NationalDatabaseUrl), "Địa chỉ trên Cơ sở dữ liệu quốc gia về pháp luật phải là địa chỉ trang web đầy đủ, ví dụ https://vbpl.vn/...");
        }

        if (string.IsNullOrEmpty(part.Validity))
        {
            part.Validity = DocumentValidityRules.FromDates(part, DocumentValidityRules.Today(clock));
        }

        await CheckTakenAsync(part, context);
    }

    public override IEnumerable<string> SearchText(DocumentPart part) => [DocumentNumber.Display(part)];

    public override DateTime? SortDateUtc(DocumentPart part) =>
        part.IssuedOn is { } issued ? DateTime.SpecifyKind(issued.ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc) : null;

    public override bool IsPublic(DocumentPart part) => !part.Confidential;

    private static void CheckLists(DocumentPart part, ContentPartContext context, DocumentLists lists)
    {
        if (part.DocumentType.Length > 0 && lists.TypeLabel(part.DocumentType) is null)
        {
            context.Fail(nameof(DocumentPart.DocumentType), $"Loại văn bản \"{part.DocumentType}\" không có trong danh mục của đơn vị. Hãy chọn một trong: {string.Join(", ", lists.Types.Select(t => t.Label))}.");
        }

        if (part.Issuer.Length > 0 && lists.IssuerLabel(part.Issuer) is null)
        {
            context.Fail(nameof(DocumentPart.Issuer), $"Cơ quan ban hành \"{part.Issuer}\" không có trong danh mục của đơn vị. Hãy chọn một trong: {string.Join(", ", lists.Issuers.Select(t => t.Label))}.");
        }

        if (part.Fields.FirstOrDefault(f => lists.FieldLabel(f) is null) is { } field)
        {
            context.Fail(nameof(DocumentPart.Fields), $"Lĩnh vực \"{field}\" không có trong danh mục của đơn vị.");
        }

        if (part.Sectors.FirstOrDefault(s => lists.SectorLabel(s) is null) is { } sector)
        {
            context.Fail(nameof(DocumentPart.Sectors), $"Ngành \"{sector}\" không có trong danh mục của đơn vị.");
        }
    }

    private static void CheckDates(DocumentPart part, ContentPartContext context)
    {
        if (part.IssuedOn is { } issued && part.EffectiveOn is { } effective && effective < issued)
        {
            context.Fail(nameof(DocumentPart.EffectiveOn), "Ngày có hiệu lực không được trước ngày ban hành.");
        }

        if (part.IssuedOn is { } issuedOn && part.ExpiresOn is { } expires && expires < issuedOn)
        {
            context.Fail(nameof(DocumentPart.ExpiresOn), "Ngày hết hiệu lực không được trước ngày ban hành.");
        }
        else if (part.EffectiveOn is { } from && part.ExpiresOn is { } to && to < from)
        {
            context.Fail(nameof(DocumentPart.ExpiresOn), "Ngày hết hiệu lực không được trước ngày có hiệu lực.");
        }
    }

    /// <summary>Issuer + year + number + symbol is unique on the site (documents without a number are not compared).</summary>
    private async Task CheckTakenAsync(DocumentPart part, ContentPartContext context)
    {
        if (part.Number.Length == 0 || part.Issuer.Length == 0 || currentTenant.Tenant is not { } site)
        {
            return;
        }

        var year = DocumentIndex.YearOf(part);
        var key = DocumentIndex.Cut(DocumentNumber.Key(part), 120);
        var itemId = context.Item.ContentItemId;
        var taken = await index.Query(SiteScope.Site(site.Id), IndexedVersion.Latest)
            .Where(r => r.NumberKey == key && r.Issuer == part.Issuer && r.Year == year && r.ContentItemId != itemId)
            .Select(r => r.Title).FirstOrDefaultAsync();
        if (taken is not null)
        {
            context.Fail(nameof(DocumentPart.Number), $"Số ký hiệu {DocumentNumber.Display(part)} của cơ quan này năm {year} đã có: «{taken}».");
        }
    }
}
