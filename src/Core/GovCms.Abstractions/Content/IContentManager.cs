namespace GovCms.Content;

public enum VersionOptions
{
    Latest,
    Published,
}

public enum ContentStatus
{
    Any,
    Draft,
    Published,
}

public sealed record ContentQuery(
    string? ContentType = null,
    ContentStatus Status = ContentStatus.Any,
    string? Search = null,
    int Page = 1,
    int PageSize = 20)
{
    /// <summary>Only these items (e.g. what a list filter allows); null for no restriction.</summary>
    public IReadOnlyCollection<string>? Ids { get; init; }

    /// <summary>Only items of these types (e.g. those whose module is on); null for every type.</summary>
    public IReadOnlyCollection<string>? Types { get; init; }
}

public sealed record ContentPage(IReadOnlyList<ContentItem> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

public sealed record ContentVersionInfo(int Version, bool Latest, bool Published, string DisplayText, DateTime CreatedUtc, string? Author);

/// <summary>
/// Creates, versions, publishes and removes content items of the current tenant. Every change answers an
/// <see cref="Outcome{T}"/> of the item: on failure nothing was stored, and the errors are keyed by field
/// ("displayText", "slug", "parts.summaryPart.text" or a field's alias). Items of a type whose module is off on the
/// site are neither created nor changed (NotFound), and a module's content handlers run only where it is on.
/// </summary>
public interface IContentManager
{
    ContentTypeDefinition? GetType(string contentType);
    IReadOnlyList<ContentTypeDefinition> Types { get; }

    ContentItem New(string contentType);

    /// <summary>Stores a new item as a draft, or published when <paramref name="publish"/> is set.</summary>
    Task<Outcome<ContentItem>> CreateAsync(ContentItem item, bool publish, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores several new items in one save (an import's rows): each is checked and handled as by
    /// <see cref="CreateAsync"/>, and all of them are stored or none. On success the value is the items; on failure
    /// it is the one item that failed, with its errors. A slug is checked against the other items of the call too;
    /// a part's own check that reads the database (a number taken on the site) sees only what was stored before.
    /// </summary>
    Task<Outcome<IReadOnlyList<ContentItem>>> CreateManyAsync(IReadOnlyList<ContentItem> items, bool publish, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores a new draft version on top of the latest one; refused when the item changed since <see cref="ContentItem.ConcurrencyStamp"/>.
    /// When nothing differs from the latest version no version is added (the item answered has <see cref="ContentItem.Unchanged"/> set).
    /// A published item keeps its slug.
    /// </summary>
    Task<Outcome<ContentItem>> UpdateAsync(ContentItem item, CancellationToken cancellationToken = default);

    /// <summary>
    /// As <see cref="UpdateAsync(ContentItem, CancellationToken)"/>; with <paramref name="changeSlug"/> a published item's slug may
    /// change too, and when that version is published its old address answers 301 to the new one.
    /// </summary>
    Task<Outcome<ContentItem>> UpdateAsync(ContentItem item, bool changeSlug, CancellationToken cancellationToken = default);

    Task<Outcome<ContentItem>> PublishAsync(string contentItemId, string concurrencyStamp, CancellationToken cancellationToken = default);
    /// <summary>Takes the item off the portal; menu entries linking to it leave the menu.</summary>
    Task<Outcome<ContentItem>> UnpublishAsync(string contentItemId, string concurrencyStamp, CancellationToken cancellationToken = default);

    /// <summary>Deletes the item (kept as deleted); menu entries and redirects leading to it go.</summary>
    Task<Outcome<ContentItem>> RemoveAsync(string contentItemId, string concurrencyStamp, CancellationToken cancellationToken = default);

    /// <summary>Makes an earlier version the latest draft again (as a new version; history is kept).</summary>
    Task<Outcome<ContentItem>> RestoreAsync(string contentItemId, int version, string concurrencyStamp, CancellationToken cancellationToken = default);

    Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options = VersionOptions.Latest, CancellationToken cancellationToken = default);
    Task<ContentItem?> GetVersionAsync(string contentItemId, int version, CancellationToken cancellationToken = default);
    Task<ContentItem?> GetPublishedBySlugAsync(string contentType, string slug, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<ContentVersionInfo>> GetHistoryAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Latest versions for the admin list.</summary>
    Task<ContentPage> ListAsync(ContentQuery query, CancellationToken cancellationToken = default);

    /// <summary>Published versions for public listings, newest publish date first.</summary>
    Task<ContentPage> ListPublishedAsync(ContentQuery query, CancellationToken cancellationToken = default);

    /// <summary>The newest published items of a type, as <see cref="ListPublishedAsync"/> orders them, without counting them all.</summary>
    Task<IReadOnlyList<ContentItem>> LatestPublishedAsync(string contentType, int count, CancellationToken cancellationToken = default);
}
