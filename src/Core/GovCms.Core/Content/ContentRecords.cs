using GovCms.Data;

namespace GovCms.Content;

/// <summary>The item: one row per content item, holding what every version shares and the concurrency stamp.</summary>
public sealed class ContentItemRecord : ITenantOwned
{
    public string Id { get; set; } = "";
    public int TenantId { get; set; }
    public string ContentType { get; set; } = "";
    /// <summary>The slug of the latest version; unique per tenant among items not deleted.</summary>
    public string Slug { get; set; } = "";
    public string DisplayText { get; set; } = "";
    /// <summary>Title and the text the parts contribute, lower-cased, without and with diacritics (<see cref="Parts.ContentPreparer.SearchText"/>).</summary>
    public string SearchText { get; set; } = "";
    public int LatestVersion { get; set; }
    public int? PublishedVersion { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime ModifiedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }
    public string? Owner { get; set; }
    public bool Deleted { get; set; }
    public DateTime? DeletedUtc { get; set; }
    public string ConcurrencyStamp { get; set; } = "";
}

/// <summary>One version of an item; parts are stored as JSON in <see cref="Data"/>.</summary>
public sealed class ContentVersionRecord : ITenantOwned
{
    public long Id { get; set; }
    public int TenantId { get; set; }
    public string ContentItemId { get; set; } = "";
    public int Number { get; set; }
    public bool Latest { get; set; }
    public bool Published { get; set; }
    public string ContentType { get; set; } = "";
    public string DisplayText { get; set; } = "";
    public string Slug { get; set; } = "";
    public string Data { get; set; } = "{}";
    /// <summary>The publish date shown and sorted on.</summary>
    public DateTime SortDateUtc { get; set; }
    public DateTime CreatedUtc { get; set; }
    public string? Author { get; set; }
    /// <summary>Never public, even published (a part's handler said so: a confidential document); public readers skip it.</summary>
    public bool Withheld { get; set; }
}
