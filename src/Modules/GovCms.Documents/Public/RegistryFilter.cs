using System.Globalization;
using GovCms.Documents.Api;
using GovCms.Documents.Catalog;
using Microsoft.AspNetCore.Http;

namespace GovCms.Documents.Public;

/// <summary>
/// What a visitor asked the registry (<c>/van-ban</c>) for, read from the address: each filter of <see cref="DocumentFilter"/>
/// (the same as the JSON API's) is a query parameter with a Vietnamese name, so a filtered list can be shared as a link.
/// </summary>
public sealed record RegistryFilter(DocumentFilter Documents, int Page, IReadOnlyDictionary<string, string> Typed)
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

    /// <summary>The API's parameter names (<see cref="DocumentFilter.Parse"/>) as the registry's address names them.</summary>
    private static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        ["type"] = TypeKey, ["issuer"] = IssuerKey, ["field"] = FieldKey, ["year"] = YearKey, ["validity"] = ValidityKey, ["from"] = FromKey, ["to"] = ToKey,
    };

    public const int MaxQueryLength = 100;

    public string Query => Documents.Search ?? "";

    public bool IsEmpty => Documents == Unfiltered;

    private static readonly DocumentFilter Unfiltered = new(null, null, null, null, null, null, null, null);

    /// <summary>
    /// Reads the filters; a value that is not in the site's lists, a year or a date that is not one gives a Vietnamese
    /// message under the parameter's name.
    /// </summary>
    public static (RegistryFilter Filter, IReadOnlyDictionary<string, string> Errors) Parse(IQueryCollection query, DocumentLists lists)
    {
        var errors = new Dictionary<string, string>();
        var typed = Keys.ToDictionary(k => k, k => query[k].ToString().Trim());
        var search = typed[QueryKey];
        if (search.Length > MaxQueryLength)
        {
            errors[QueryKey] = $"Từ khóa không được dài quá {MaxQueryLength} ký tự.";
            search = "";
        }

        var documents = DocumentFilter.Parse(lists, typed[TypeKey], typed[IssuerKey], typed[FieldKey], typed[YearKey], typed[ValidityKey],
            typed[FromKey], typed[ToKey], search, errors, Names);
        var page = int.TryParse(query[PageKey], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p >= 1 ? p : 1;
        return (new RegistryFilter(documents, page, typed), errors);
    }
}
