using System.Globalization;
using GovCms.Documents.Catalog;
using Microsoft.AspNetCore.Http;

namespace GovCms.Documents.Public;

/// <summary>
/// What a visitor asked the registry (<c>/van-ban</c>) for, read from the address: each filter is a query parameter
/// with a Vietnamese name, so a filtered list can be shared as a link. Empty values mean "all".
/// </summary>
public sealed record RegistryFilter
{
    public const string QueryKey = "q";
    public const string TypeKey = "loai";
    public const string IssuerKey = "co-quan";
    public const string FieldKey = "linh-vuc";
    public const string YearKey = "nam";
    public const string ValidityKey = "hieu-luc";
    public const string FromKey = "tu-ngay";
    public const string ToKey = "den-ngay";
    public const string PageKey = "page";

    /// <summary>Every parameter the registry reads (the output cache keeps one page per value of each).</summary>
    public static readonly string[] Keys = [QueryKey, TypeKey, IssuerKey, FieldKey, YearKey, ValidityKey, FromKey, ToKey];

    public const int MaxQueryLength = 100;

    public string Query { get; init; } = "";
    public string? Type { get; init; }
    public string? Issuer { get; init; }
    public string? Field { get; init; }
    public int? Year { get; init; }
    public string? Validity { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public int Page { get; init; } = 1;

    /// <summary>What was typed, as it was typed, to show back in the form (also where it was refused).</summary>
    public IReadOnlyDictionary<string, string> Typed { get; init; } = new Dictionary<string, string>();

    public bool IsEmpty => Query.Length == 0 && Type is null && Issuer is null && Field is null && Year is null && Validity is null && From is null && To is null;

    /// <summary>
    /// Reads the filters; a value that is not in the site's lists, a year or a date that is not one gives a Vietnamese
    /// message under the parameter's name, and the filter is left out.
    /// </summary>
    public static (RegistryFilter Filter, IReadOnlyDictionary<string, string> Errors) Parse(IQueryCollection query, DocumentLists lists)
    {
        var errors = new Dictionary<string, string>();
        var typed = Keys.ToDictionary(k => k, k => query[k].ToString().Trim());
        string? Text(string key) => typed[key].Length == 0 ? null : typed[key];

        string? InList(string key, IReadOnlyList<DocumentListItem> list, string label)
        {
            if (Text(key) is not { } slug)
            {
                return null;
            }

            if (list.Any(i => i.Slug == slug))
            {
                return slug;
            }

            errors[key] = $"{label} \"{slug}\" không có trong danh mục của cổng; hãy chọn trong danh sách.";
            return null;
        }

        var q = typed[QueryKey];
        if (q.Length > MaxQueryLength)
        {
            errors[QueryKey] = $"Từ khóa không được dài quá {MaxQueryLength} ký tự.";
            q = "";
        }

        int? year = null;
        if (Text(YearKey) is { } yearText)
        {
            if (int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1945 and <= 2100)
            {
                year = number;
            }
            else
            {
                errors[YearKey] = "Năm không hợp lệ: nhập năm có 4 chữ số, ví dụ 2025.";
            }
        }

        string? validity = null;
        if (Text(ValidityKey) is { } status)
        {
            if (DocumentValidity.All.Any(v => v.Value == status))
            {
                validity = status;
            }
            else
            {
                errors[ValidityKey] = $"Tình trạng hiệu lực \"{status}\" không có; hãy chọn trong danh sách.";
            }
        }

        var from = Date(FromKey, "Từ ngày");
        var to = Date(ToKey, "Đến ngày");
        if (from is { } start && to is { } end && end < start)
        {
            errors[ToKey] = "Đến ngày phải sau hoặc bằng từ ngày.";
            to = null;
        }

        DateOnly? Date(string key, string label)
        {
            if (Text(key) is not { } text)
            {
                return null;
            }

            if (DateOnly.TryParseExact(text, ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) &&
                date.Year is >= 1900 and <= 2100)
            {
                return date;
            }

            errors[key] = $"{label} không hợp lệ: nhập ngày theo dạng ngày/tháng/năm, ví dụ 05/03/2025.";
            return null;
        }

        var page = int.TryParse(query[PageKey], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p >= 1 ? p : 1;
        var filter = new RegistryFilter
        {
            Query = q,
            Type = InList(TypeKey, lists.Types, "Loại văn bản"),
            Issuer = InList(IssuerKey, lists.Issuers, "Cơ quan ban hành"),
            Field = InList(FieldKey, lists.Fields, "Lĩnh vực"),
            Year = year,
            Validity = validity,
            From = from,
            To = to,
            Page = page,
            Typed = typed,
        };
        return (filter, errors);
    }

    /// <summary>The filter's address (relative to the site), with one value changed or removed: for links that keep the rest.</summary>
    public string Href(string path, string? key = null, string? value = null)
    {
        var pairs = Keys.Select(k => (Key: k, Value: k == key ? value ?? "" : Typed.GetValueOrDefault(k, ""))).Where(p => p.Value.Length > 0);
        var query = string.Join("&", pairs.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));
        return query.Length == 0 ? path : $"{path}?{query}";
    }
}
