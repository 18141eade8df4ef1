using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Content.Indexing;

/// <summary>A declared index: its row type, the content types it covers and how rows are mapped from an item's parts.</summary>
public sealed class ContentIndexDeclaration
{
    public required Type RowType { get; init; }

    /// <summary>Content types whose items are indexed; empty for every type.</summary>
    public required IReadOnlySet<string> ContentTypes { get; init; }

    /// <summary>The rows of one version of an item (none, one, or several, e.g. one per category).</summary>
    public required Func<ContentItem, IEnumerable<ContentIndexRow>> Map { get; init; }

    public bool Covers(string contentType) => ContentTypes.Count == 0 || ContentTypes.Contains(contentType);
}

public static class ContentIndexServices
{
    /// <summary>
    /// Declares an index: the engine adds <typeparamref name="TRow"/> to the model (the base columns and their
    /// indexes; a module's <c>IModelContributor</c> may add its own indexes), keeps its rows in step with content
    /// and serves <see cref="IContentIndex{TRow}"/>. <paramref name="map"/> reads parts with <c>ContentItem.Get&lt;TPart&gt;()</c>
    /// and fills the module's columns only; the engine sets the base ones.
    /// </summary>
    /// <param name="contentTypes">The types indexed; none for every type.</param>
    public static IServiceCollection AddContentIndex<TRow>(
        this IServiceCollection services, Func<ContentItem, IEnumerable<TRow>> map, params string[] contentTypes)
        where TRow : ContentIndexRow
    {
        services.AddSingleton(new ContentIndexDeclaration
        {
            RowType = typeof(TRow),
            ContentTypes = new HashSet<string>(contentTypes, StringComparer.OrdinalIgnoreCase),
            Map = item => map(item),
        });
        return services;
    }
}
