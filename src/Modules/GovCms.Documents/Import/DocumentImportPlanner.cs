using GovCms.Content.Indexing;
using GovCms.Documents.Catalog;
using GovCms.Import;
using GovCms.Tenants;
using GovCms.Text;
using Microsoft.EntityFrameworkCore;
using C = GovCms.Documents.Import.DocumentImportColumns;

namespace GovCms.Documents.Import;

/// <summary>
/// Turns a registry file into a plan: each row read into a <see cref="DocumentPart"/> (number, year and symbol split
/// from "Số ký hiệu", dates, the site's types, issuers, fields and sectors matched by label), checked, and compared with
/// the registry of the site and the rows above it by the unique key (issuer, year, number and symbol; for a document
/// without a number: issuer, issue date and abstract). Nothing is stored.
/// </summary>
public sealed class DocumentImportPlanner(DocumentCatalog catalog, IContentIndex<DocumentIndex> index, ICurrentTenant currentTenant)
{
    public async Task<Outcome<DocumentImportPlan>> PlanAsync(Table table, CancellationToken cancellationToken = default)
    {
        var columns = TableColumns.Match(table.Header, C.All);
        var missing = columns.Missing.Select(c => c.Name).ToList();
        if (!columns.Has(C.NumberSymbol) && !columns.Has(C.Symbol))
        {
            missing.Insert(0, C.NameOf(C.NumberSymbol));
        }

        if (missing.Count > 0)
        {
            return Outcome<DocumentImportPlan>.Invalid(TableFile.Field,
                $"Tệp thiếu cột: {string.Join(", ", missing)}. Dòng đầu của tệp phải là tên cột, ví dụ: Số ký hiệu, Ngày ban hành, Trích yếu, Loại văn bản, Cơ quan ban hành.");
        }

        var lists = await catalog.ForSiteAsync(cancellationToken);
        var site = currentTenant.Required;
        var existing = await ExistingAsync(site, cancellationToken);
        var seen = new Dictionary<string, int>();
        var rows = new List<DocumentImportRow>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            var (part, errors) = Read(row, columns, lists);
            var number = DocumentNumber.Display(part);
            if (errors.Count > 0)
            {
                rows.Add(new DocumentImportRow(row.Number, DocumentImportStatus.Error, number, part.Abstract, errors));
                continue;
            }

            var key = UniqueKey(part);
            if (seen.TryGetValue(key, out var first))
            {
                rows.Add(new DocumentImportRow(row.Number, DocumentImportStatus.Error, number, part.Abstract,
                    [new(C.NameOf(C.NumberSymbol), $"{number} trùng với dòng {first} của tệp.")]));
                continue;
            }

            seen[key] = row.Number;
            rows.Add(existing.TryGetValue(key, out var title)
                ? new DocumentImportRow(row.Number, DocumentImportStatus.Skip, number, part.Abstract, []) { Note = $"Đã có trong sổ văn bản: «{title}»." }
                : new DocumentImportRow(row.Number, DocumentImportStatus.Create, number, part.Abstract, []) { Part = part });
        }

        return Outcome<DocumentImportPlan>.Ok(new DocumentImportPlan(rows, columns.Unknown));
    }

    /// <summary>What makes a document the same one: issuer, year, number and symbol; without a number, issuer, issue date and abstract.</summary>
    public static string UniqueKey(DocumentPart part) => UniqueKey(part.Issuer, DocumentIndex.YearOf(part), part.Number, DocumentNumber.Key(part), part.IssuedOn, part.Abstract);

    private static string UniqueKey(string issuer, int year, string number, string numberKey, DateOnly? issuedOn, string title) =>
        number.Trim().Length > 0
            ? $"{issuer}|{year}|{numberKey}"
            : $"{issuer}|{issuedOn:yyyy-MM-dd}|{numberKey}|{VietnameseText.Fold(DocumentIndex.Cut(title.Trim(), DocumentIndex.TitleLength)).ToLowerInvariant()}";

    /// <summary>The keys of the site's documents (latest versions, drafts included), with their abstracts.</summary>
    private async Task<Dictionary<string, string>> ExistingAsync(TenantContext site, CancellationToken cancellationToken)
    {
        var rows = await index.Query(SiteScope.Site(site.Id), IndexedVersion.Latest)
            .Select(r => new { r.Issuer, r.Year, r.Number, r.NumberKey, r.IssuedOn, r.Title })
            .AsNoTracking().ToListAsync(cancellationToken);
        var keys = new Dictionary<string, string>();
        foreach (var r in rows)
        {
            keys.TryAdd(UniqueKey(r.Issuer, r.Year, r.Number, r.NumberKey, r.IssuedOn, r.Title), r.Title);
        }

        return keys;
    }

    private static (DocumentPart Part, List<DocumentImportError> Errors) Read(TableRow row, TableColumns columns, DocumentLists lists)
    {
        var errors = new List<DocumentImportError>();
        var part = new DocumentPart();
        string Text(string key) => columns.Cell(row, key).Text;
        void Fail(string key, string message) => errors.Add(new DocumentImportError(C.NameOf(key), message));

        ReadNumber(row, columns, part, Fail);
        part.Abstract = Text(C.Abstract);
        if (part.Abstract.Length == 0)
        {
            Fail(C.Abstract, "Thiếu trích yếu.");
        }

        part.IssuedOn = Date(C.IssuedOn, required: true);
        part.EffectiveOn = Date(C.EffectiveOn, required: false);
        part.ExpiresOn = Date(C.ExpiresOn, required: false);
        if (part.IssuedOn is { } issued && part.ExpiresOn is { } expires && expires < issued)
        {
            Fail(C.ExpiresOn, $"Ngày hết hiệu lực {expires:dd/MM/yyyy} trước ngày ban hành {issued:dd/MM/yyyy}.");
        }

        if (part.IssuedOn is { } issuedDay && part.EffectiveOn is { } effective && effective < issuedDay)
        {
            Fail(C.EffectiveOn, $"Ngày có hiệu lực {effective:dd/MM/yyyy} trước ngày ban hành {issuedDay:dd/MM/yyyy}.");
        }

        part.DocumentType = One(C.DocumentType, lists.Types, required: true) ?? "";
        // Most registries are the unit's own: an empty issuer is the site's first body (its People's Committee).
        part.Issuer = Text(C.Issuer).Length == 0 ? lists.Issuers.FirstOrDefault(i => i.TenantId is not null)?.Slug ?? lists.Issuers.FirstOrDefault()?.Slug ?? ""
            : One(C.Issuer, lists.Issuers, required: true) ?? "";
        part.Signer = Text(C.Signer);
        part.SignerTitle = Text(C.SignerTitle);
        part.Fields = Many(C.Fields, lists.Fields);
        part.Sectors = Many(C.Sectors, lists.Sectors);
        part.Validity = Validity(part);
        part.Urgency = Urgency();
        part.Confidential = Flag(Text(C.Confidential));
        part.NationalDatabaseUrl = Url();
        return (part, errors);

        DateOnly? Date(string key, bool required)
        {
            var cell = columns.Cell(row, key);
            if (!RegistryDates.TryRead(cell, out var date))
            {
                Fail(key, $"«{cell.Text}» không phải ngày (dd/MM/yyyy).");
            }
            else if (date is null && required)
            {
                Fail(key, "Thiếu ngày ban hành.");
            }

            return date;
        }

        string? One(string key, IReadOnlyList<DocumentListItem> list, bool required)
        {
            var text = Text(key);
            if (text.Length == 0)
            {
                if (required)
                {
                    Fail(key, $"Thiếu {C.NameOf(key).ToLowerInvariant()}.");
                }

                return null;
            }

            if (Find(list, text) is { } found)
            {
                return found.Slug;
            }

            Fail(key, $"«{text}» không có trong danh mục {C.NameOf(key).ToLowerInvariant()} của cổng"
                + (list.Count > 0 ? $" (có: {string.Join(", ", list.Take(8).Select(i => i.Label))}{(list.Count > 8 ? ", …" : "")})." : "."));
            return null;
        }

        List<string> Many(string key, IReadOnlyList<DocumentListItem> list)
        {
            var found = new List<string>();
            foreach (var label in Text(key).Split([';', ',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (Find(list, label) is { } item)
                {
                    found.Add(item.Slug);
                }
                else
                {
                    Fail(key, $"«{label}» không có trong danh mục {C.NameOf(key).ToLowerInvariant()} của cổng.");
                }
            }

            return found.Distinct().ToList();
        }

        string Validity(DocumentPart document)
        {
            var text = Text(C.Validity);
            if (text.Length > 0)
            {
                if (DocumentValidity.All.FirstOrDefault(v => Same(v.Label, text) || Same(v.Value, text)) is { } status)
                {
                    return status.Value;
                }

                Fail(C.Validity, $"«{text}» không phải tình trạng hiệu lực (có: {string.Join(", ", DocumentValidity.All.Select(v => v.Label))}).");
                return "";
            }

            // Not given: from the dates, as the validity job would have moved it.
            var today = DateOnly.FromDateTime(VietnamTime.ToLocal(DateTime.UtcNow));
            return document.ExpiresOn <= today ? DocumentValidity.Expired
                : document.EffectiveOn > today ? DocumentValidity.NotYetInForce
                : document.EffectiveOn is not null ? DocumentValidity.InForce
                : DocumentValidity.Unknown;
        }

        string? Urgency()
        {
            var text = Text(C.Urgency);
            string[][] known = [["khan", "Khẩn"], ["thuong-khan", "Thượng khẩn"], ["hoa-toc", "Hỏa tốc", "Hoả tốc"]];
            if (text.Length == 0 || Same(text, "Thường") || Same(text, "Bình thường"))
            {
                return null;
            }

            if (known.FirstOrDefault(k => k.Any(n => Same(n, text))) is { } urgency)
            {
                return urgency[0];
            }

            Fail(C.Urgency, $"«{text}» không phải độ khẩn (Khẩn, Thượng khẩn, Hỏa tốc).");
            return null;
        }

        string? Url()
        {
            var text = Text(C.NationalDatabaseUrl);
            if (text.Length == 0)
            {
                return null;
            }

            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            {
                return text;
            }

            Fail(C.NationalDatabaseUrl, $"«{text}» không phải địa chỉ trang web (https://...).");
            return null;
        }
    }

    private static void ReadNumber(TableRow row, TableColumns columns, DocumentPart part, Action<string, string> fail)
    {
        var combined = columns.Cell(row, C.NumberSymbol).Text;
        if (combined.Length > 0)
        {
            if (RegistryNumber.Parse(combined) is not { } parsed)
            {
                fail(C.NumberSymbol, $"«{combined}» không phải số ký hiệu (ví dụ 15/QĐ-UBND hoặc 15/2025/QĐ-UBND).");
                return;
            }

            (part.Number, part.Year, part.Symbol) = (parsed.Number, parsed.Year, parsed.Symbol);
        }
        else
        {
            part.Number = columns.Cell(row, C.Number).Text;
            part.Symbol = columns.Cell(row, C.Symbol).Text.TrimStart('/').Trim();
            if (part.Symbol.Length == 0)
            {
                fail(columns.Has(C.NumberSymbol) ? C.NumberSymbol : C.Symbol, "Thiếu số ký hiệu.");
            }
        }

        var year = columns.Cell(row, C.Year).Text;
        if (year.Length > 0)
        {
            if (int.TryParse(year, out var y) && y is >= 1945 and <= 2100)
            {
                part.Year = y;
            }
            else
            {
                fail(C.Year, $"«{year}» không phải năm.");
            }
        }
    }

    private static DocumentListItem? Find(IReadOnlyList<DocumentListItem> list, string text) =>
        list.FirstOrDefault(i => Same(i.Label, text)) ?? list.FirstOrDefault(i => Same(i.Slug, text));

    /// <summary>Equal without regard to case, diacritics and punctuation, "UBND"/"HĐND" standing for their full names.</summary>
    private static bool Same(string a, string b) => Abbreviated(a) == Abbreviated(b);

    private static string Abbreviated(string text) => TableColumns.Key(text).Replace("uybannhandan", "ubnd").Replace("hoidongnhandan", "hdnd");

    private static bool Flag(string text) => TableColumns.Key(text) is "x" or "co" or "mat" or "true" or "1" or "yes" or "toimat" or "tuyetmat";
}
