using System.Globalization;
using GovCms.Documents.Catalog;

namespace GovCms.Documents.Api;

/// <summary>
/// The registry's filters (type, issuer, field, year, validity, issued between) and search (number/symbol or the
/// abstract's words), as the API and the public listing take them; values outside the site's lists are refused by field.
/// </summary>
public sealed record DocumentFilter(string? Type, string? Issuer, string? Field, int? Year, string? Validity, DateOnly? From, DateOnly? To, string? Search)
{
    /// <summary>Reads the raw values; errors by parameter name in Vietnamese.</summary>
    public static DocumentFilter Parse(DocumentLists lists, string? type, string? issuer, string? field, string? year, string? validity,
        string? from, string? to, string? search, IDictionary<string, string> errors, IReadOnlyDictionary<string, string>? names = null)
    {
        string Name(string key) => names is not null && names.TryGetValue(key, out var name) ? name : key;
        type = Blank(type);
        issuer = Blank(issuer);
        field = Blank(field);
        validity = Blank(validity);
        if (type is not null && lists.TypeLabel(type) is null)
        {
            errors[Name("type")] = $"Loại văn bản \"{type}\" không có. Hãy chọn một trong: {string.Join(", ", lists.Types.Select(t => t.Slug))}.";
        }

        if (issuer is not null && lists.IssuerLabel(issuer) is null)
        {
            errors[Name("issuer")] = $"Cơ quan ban hành \"{issuer}\" không có trong danh mục của đơn vị.";
        }

        if (field is not null && lists.FieldLabel(field) is null)
        {
            errors[Name("field")] = $"Lĩnh vực \"{field}\" không có trong danh mục của đơn vị.";
        }

        if (validity is not null && DocumentValidity.All.All(v => v.Value != validity))
        {
            errors[Name("validity")] = $"Tình trạng hiệu lực \"{validity}\" không có. Hãy chọn một trong: {string.Join(", ", DocumentValidity.All.Select(v => v.Value))}.";
        }

        int? yearValue = null;
        if (Blank(year) is { } yearText)
        {
            if (int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed is >= 1945 and <= 2100)
            {
                yearValue = parsed;
            }
            else
            {
                errors[Name("year")] = $"Năm \"{yearText}\" không hợp lệ: hãy nhập năm có bốn chữ số, ví dụ 2025.";
            }
        }

        var fromDate = Date(from, Name("from"), "Từ ngày", errors);
        var toDate = Date(to, Name("to"), "Đến ngày", errors);
        if (fromDate is { } start && toDate is { } end && end < start)
        {
            errors[Name("to")] = "Đến ngày không được trước từ ngày.";
        }

        return new DocumentFilter(type, issuer, field, yearValue, validity, fromDate, toDate, Blank(search));
    }

    /// <summary>Applies the filters and the search to the index's rows (number/symbol through NumberKey, words through TitleKey).</summary>
    public IQueryable<DocumentIndex> Apply(IQueryable<DocumentIndex> rows, IQueryable<DocumentFieldIndex>? fields = null)
    {
        if (Type is not null) rows = rows.Where(r => r.DocumentType == Type);
        if (Issuer is not null) rows = rows.Where(r => r.Issuer == Issuer);
        if (Year is { } year) rows = rows.Where(r => r.Year == year);
        if (Validity is not null) rows = rows.Where(r => r.Validity == Validity);
        if (From is { } from) rows = rows.Where(r => r.IssuedOn >= from);
        if (To is { } to) rows = rows.Where(r => r.IssuedOn <= to);
        if (Field is not null && fields is not null)
        {
            var field = Field;
            var ids = fields.Where(f => f.Field == field).Select(f => f.ContentItemId);
            rows = rows.Where(r => ids.Contains(r.ContentItemId));
        }

        if (Search is { } search)
        {
            var key = DocumentNumber.Key(search);
            var words = GovCms.Text.VietnameseText.Fold(search).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var byWords = rows;
            foreach (var word in words)
            {
                byWords = byWords.Where(r => r.TitleKey.Contains(word));
            }

            rows = key.Length == 0 ? byWords
                : rows.Where(r => r.NumberKey == key || r.NumberKey.StartsWith(key + "/") || r.NumberKey.EndsWith("/" + key) || r.NumberKey.Contains("/" + key + "/")
                    || byWords.Select(w => w.Id).Contains(r.Id));
        }

        return rows;
    }

    /// <summary>Exact number matches first, then newest issue date first.</summary>
    public IOrderedQueryable<DocumentIndex> Order(IQueryable<DocumentIndex> rows)
    {
        var key = Search is { } search ? DocumentNumber.Key(search) : "";
        return key.Length > 0
            ? rows.OrderByDescending(r => r.NumberKey == key).ThenByDescending(r => r.IssuedOn).ThenByDescending(r => r.Id)
            : rows.OrderByDescending(r => r.IssuedOn).ThenByDescending(r => r.Id);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateOnly? Date(string? text, string name, string label, IDictionary<string, string> errors)
    {
        if (Blank(text) is not { } value)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[name] = $"{label} \"{value}\" không phải là ngày: hãy viết dd/MM/yyyy, ví dụ 05/03/2025.";
        return null;
    }
}
