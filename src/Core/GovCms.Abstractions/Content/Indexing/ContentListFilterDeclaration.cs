using System.Linq.Expressions;
using GovCms.Content.Fields;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Content.Indexing;

/// <summary>
/// A filter of a type's admin list over a column of a declared index: the list (page and API) shows it above the
/// results, takes its value as the query parameter <see cref="Name"/>, keeps it in the paging links and shows only
/// the items whose latest version has a row with that value. A value outside the choices is refused by field.
/// </summary>
public sealed class ContentListFilterDeclaration
{
    public required string ContentType { get; init; }

    /// <summary>The query parameter, e.g. "category".</summary>
    public required string Name { get; init; }

    /// <summary>The Vietnamese label shown above the list, e.g. "Chuyên mục".</summary>
    public required string Label { get; init; }

    public required Type RowType { get; init; }

    /// <summary>The index column compared with the value: a lambda from the row type to a string.</summary>
    public required LambdaExpression Column { get; init; }

    /// <summary>The choices are the terms of this taxonomy (<see cref="IContentTermSource"/>), e.g. "categories".</summary>
    public string? Taxonomy { get; init; }

    /// <summary>Fixed choices (e.g. a choice field's options), when there is no taxonomy.</summary>
    public IReadOnlyList<ChoiceOption> Options { get; init; } = [];
}

public static class ContentListFilterServices
{
    /// <summary>
    /// Declares a filter of <paramref name="contentType"/>'s admin list over a column of the declared index
    /// <typeparamref name="TRow"/>, with the terms of <paramref name="taxonomy"/> or the given options as its choices.
    /// </summary>
    public static IServiceCollection AddContentListFilter<TRow>(this IServiceCollection services, string contentType, string name, string label,
        Expression<Func<TRow, string>> column, string? taxonomy = null, params ChoiceOption[] options)
        where TRow : ContentIndexRow =>
        services.AddSingleton(new ContentListFilterDeclaration
        {
            ContentType = contentType, Name = name, Label = label, RowType = typeof(TRow), Column = column, Taxonomy = taxonomy, Options = options,
        });
}
