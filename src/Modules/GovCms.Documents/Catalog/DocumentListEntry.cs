using GovCms.Data;

namespace GovCms.Documents.Catalog;

/// <summary>One entry of one of a site's lists (document types, issuing bodies, fields, sectors), set by the recipe step or the admin.</summary>
public sealed class DocumentListEntry : ITenantOwned
{
    public int Id { get; set; }
    public int TenantId { get; set; }
    /// <summary>One of <see cref="DocumentListNames"/>.</summary>
    public string List { get; set; } = "";
    public string Slug { get; set; } = "";
    public string Label { get; set; } = "";
    public int Position { get; set; }
}

/// <summary>The names of a site's lists, as stored, in the recipe step and in the admin.</summary>
public static class DocumentListNames
{
    public const string Types = "types";
    public const string Issuers = "issuers";
    public const string Fields = "fields";
    public const string Sectors = "sectors";

    public static readonly IReadOnlyList<string> All = [Types, Issuers, Fields, Sectors];

    public static string Label(string list) => list switch
    {
        Types => "Loại văn bản",
        Issuers => "Cơ quan ban hành",
        Fields => "Lĩnh vực",
        Sectors => "Ngành",
        _ => list,
    };
}
