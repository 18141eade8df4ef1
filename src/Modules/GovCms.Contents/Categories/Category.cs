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
