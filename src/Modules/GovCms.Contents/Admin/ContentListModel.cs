using GovCms.Admin;
using GovCms.Content;

namespace GovCms.Contents.Admin;

/// <param name="Type">The type filtered on; null for every type.</param>
public sealed record ContentListModel(
    IReadOnlyList<ContentTypeDefinition> Types,
    ContentTypeDefinition? Type,
    ContentStatus Status,
    string? Search,
    ContentPage Result,
    Pager Pager)
{
    /// <summary>The user may take items off the portal ("Gỡ khỏi cổng").</summary>
    public bool CanUnpublish { get; init; }

    /// <summary>The user may delete items ("Xóa").</summary>
    public bool CanDelete { get; init; }

    public bool IsFiltered => Status != ContentStatus.Any || !string.IsNullOrWhiteSpace(Search);

    public string TypeName(string name) => Types.FirstOrDefault(t => t.Name == name)?.DisplayName ?? name;
}
