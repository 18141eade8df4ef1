namespace GovCms.Content.Fields;

/// <summary>A link from one item to another, as a <see cref="FieldKind.ContentLink"/> field stores it.</summary>
/// <param name="ContentItemId">The linked item; it may have been deleted since (the link dangles, and stays).</param>
public sealed record ContentLink(string ContentItemId);

/// <summary>A relation seen from either end, e.g. "thay thế" (from the new document) or "bị thay thế" (from the old).</summary>
/// <param name="Exists">False when the item at the other end is gone or was never there.</param>
public sealed record ContentRelation(string Relation, string ContentItemId, string? DisplayText, string? ContentType, bool Exists);

/// <summary>Both directions of the links of an item.</summary>
public interface IContentRelations
{
    /// <summary>What the item links to and what links to it (by the inverse name), latest versions, this site.</summary>
    Task<IReadOnlyList<ContentRelation>> OfAsync(string contentItemId, CancellationToken cancellationToken = default);
}

/// <summary>One term of a taxonomy.</summary>
public sealed record ContentTerm(string Slug, string Name);

/// <summary>The terms of a taxonomy on the current site, e.g. a module's categories. Registered by the module that owns the taxonomy.</summary>
public interface IContentTermSource
{
    string Taxonomy { get; }

    Task<IReadOnlyList<ContentTerm>> ListAsync(CancellationToken cancellationToken = default);
}
