using GovCms.Content.Fields;

namespace GovCms.Content;

/// <summary>
/// Filters of a type's admin list that a module declares, typically over the type's index (a register number, a
/// year, a field's value): the list shows them above the results and keeps only the items they allow. Registered
/// as a scoped service; several for one type narrow the list together.
/// </summary>
public interface IContentListFilter
{
    /// <summary>The type whose list shows these filters.</summary>
    string ContentType { get; }

    IReadOnlyList<ContentListFilterField> Fields { get; }

    /// <summary>The ids of the items the values allow (latest versions of this site), or null when no value is set.</summary>
    Task<IReadOnlyCollection<string>?> MatchingIdsAsync(IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken = default);
}

/// <summary>One filter of the list: a query parameter, its Vietnamese label, and its choices (none for free text).</summary>
public sealed record ContentListFilterField(string Name, string Label, IReadOnlyList<ChoiceOption> Options);
