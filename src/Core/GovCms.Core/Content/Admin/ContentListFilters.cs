using System.Linq.Expressions;
using GovCms.Content.Fields;
using GovCms.Content.Indexing;
using GovCms.Tenants;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Content.Admin;

/// <summary>The filters of one type's list with the values asked for, the errors of refused values and the ids they allow.</summary>
/// <param name="Ids">The items the values allow; null when no filter is set.</param>
public sealed record ContentListFiltering(
    IReadOnlyList<ContentListFilterField> Fields,
    IReadOnlyDictionary<string, string?> Values,
    IReadOnlyDictionary<string, string> Errors,
    IReadOnlyCollection<string>? Ids)
{
    public static readonly ContentListFiltering None = new([], new Dictionary<string, string?>(), new Dictionary<string, string>(), null);
}

/// <summary>
/// The list filters of a type, for the admin page and the API alike: those declared over an index
/// (<see cref="ContentListFilterServices.AddContentListFilter{TRow}"/>) and those a module writes itself
/// (<see cref="IContentListFilter"/>). Several narrow the list together.
/// </summary>
public sealed class ContentListFilters(
    IEnumerable<ContentListFilterDeclaration> declared,
    IEnumerable<IContentListFilter> written,
    IEnumerable<IContentTermSource> termSources,
    IServiceProvider services)
{
    public async Task<ContentListFiltering> ApplyAsync(ContentTypeDefinition? type, IQueryCollection query, CancellationToken cancellationToken = default)
    {
        if (type is null)
        {
            return ContentListFiltering.None;
        }

        var fields = new List<ContentListFilterField>();
        var values = new Dictionary<string, string?>();
        var errors = new Dictionary<string, string>();
        IReadOnlyCollection<string>? ids = null;
        void Narrow(IReadOnlyCollection<string>? allowed) => ids = allowed is null ? ids : ids is null ? allowed : ids.Intersect(allowed).ToList();

        foreach (var declaration in declared.Where(d => string.Equals(d.ContentType, type.Name, StringComparison.OrdinalIgnoreCase)))
        {
            var field = new ContentListFilterField(declaration.Name, declaration.Label, await OptionsAsync(declaration, cancellationToken));
            var value = query[field.Name].ToString().Trim();
            fields.Add(field);
            values[field.Name] = value;
            if (value.Length == 0)
            {
                continue;
            }

            if (field.Options.Count > 0 && field.Options.All(o => o.Value != value))
            {
                errors[field.Name] = $"{field.Label}: \"{value}\" không có trong danh sách. Hãy chọn một trong: {string.Join(", ", field.Options.Select(o => o.Label))}.";
                continue;
            }

            Narrow(await MatchingIdsAsync(declaration, value, cancellationToken));
        }

        foreach (var filter in written.Where(f => string.Equals(f.ContentType, type.Name, StringComparison.OrdinalIgnoreCase)))
        {
            fields.AddRange(filter.Fields);
            var own = filter.Fields.ToDictionary(f => f.Name, f => (string?)query[f.Name].ToString());
            foreach (var (name, value) in own)
            {
                values[name] = value;
            }

            Narrow(await filter.MatchingIdsAsync(own, cancellationToken));
        }

        return new ContentListFiltering(fields, values, errors, errors.Count > 0 ? [] : ids);
    }

    private async Task<IReadOnlyList<ChoiceOption>> OptionsAsync(ContentListFilterDeclaration declaration, CancellationToken cancellationToken)
    {
        if (declaration.Taxonomy is null)
        {
            return declaration.Options;
        }

        var source = termSources.FirstOrDefault(s => s.Taxonomy == declaration.Taxonomy)
            ?? throw new InvalidOperationException($"The list filter '{declaration.Name}' of '{declaration.ContentType}' names the taxonomy '{declaration.Taxonomy}', which no module serves.");
        return (await source.ListAsync(cancellationToken)).Select(t => new ChoiceOption(t.Slug, t.Name)).ToList();
    }

    private Task<IReadOnlyCollection<string>> MatchingIdsAsync(ContentListFilterDeclaration declaration, string value, CancellationToken cancellationToken)
    {
        var method = typeof(ContentListFilters).GetMethod(nameof(IdsAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .MakeGenericMethod(declaration.RowType);
        return (Task<IReadOnlyCollection<string>>)method.Invoke(this, [declaration, value, cancellationToken])!;
    }

    /// <summary>The items of this site whose latest version has an index row with the value in the column.</summary>
    private async Task<IReadOnlyCollection<string>> IdsAsync<TRow>(ContentListFilterDeclaration declaration, string value, CancellationToken cancellationToken)
        where TRow : ContentIndexRow
    {
        var column = (Expression<Func<TRow, string>>)declaration.Column;
        var matches = Expression.Lambda<Func<TRow, bool>>(
            Expression.Equal(column.Body, Expression.Property(Expression.Constant(new FilterValue(value)), nameof(FilterValue.Value))), column.Parameters);
        var site = services.GetRequiredService<ICurrentTenant>().Required.Id;
        return await services.GetRequiredService<IContentIndex<TRow>>().Query(SiteScope.Site(site), IndexedVersion.Latest)
            .Where(matches).Select(r => r.ContentItemId).Distinct().ToListAsync(cancellationToken);
    }

    /// <summary>Holds the value so that the query sends it as a parameter.</summary>
    private sealed record FilterValue(string Value);
}
