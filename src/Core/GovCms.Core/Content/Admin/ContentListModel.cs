using GovCms.Admin;
using GovCms.Content;

namespace GovCms.Content.Admin;

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

    /// <summary>The filters modules declare for the type (<see cref="ContentListFilters"/>), and their values.</summary>
    public IReadOnlyList<ContentListFilterField> Filters { get; init; } = [];

    public IReadOnlyDictionary<string, string?> FilterValues { get; init; } = new Dictionary<string, string?>();

    /// <summary>Why a filter's value was refused, by filter name (the list is then empty).</summary>
    public IReadOnlyDictionary<string, string> FilterErrors { get; init; } = new Dictionary<string, string>();

    public bool IsFiltered => Status != ContentStatus.Any || !string.IsNullOrWhiteSpace(Search) || FilterValues.Values.Any(v => !string.IsNullOrEmpty(v));

    public string TypeName(string name) => Types.FirstOrDefault(t => t.Name == name)?.DisplayName ?? name;
}
