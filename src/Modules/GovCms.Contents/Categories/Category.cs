using GovCms.Data;

namespace GovCms.Contents.Categories;

public sealed class Category : ITenantOwned
{
    public int Id { get; set; }
    public int TenantId { get; set; }
    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";
    public int Order { get; set; }
}

/// <summary>Which published items are in which category: the module's index table, written with the item.</summary>
public sealed class ContentCategoryIndex : ITenantOwned
{
    public long Id { get; set; }
    public int TenantId { get; set; }
    public string ContentItemId { get; set; } = "";
    public string CategorySlug { get; set; } = "";
}
