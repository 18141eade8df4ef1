namespace GovCms.Content.Fields;

/// <summary>A link from one item to another, as a <see cref="FieldKind.ContentLink"/> field stores it.</summary>
/// <param name="ContentItemId">The linked item; it may have been deleted since (the link dangles, and stays). Empty for an external link.</param>
/// <param name="Type">The key of one of the field's relation types (<see cref="ContentLinkFieldAttribute.RelationTypes"/>); null for the field's own relation.</param>
/// <param name="Label">What an external link names, e.g. "Số 15/2020/NĐ-CP" (outside the site's content).</param>
/// <param name="Url">Where an external link points, e.g. a page of vbpl.vn; null for none.</param>
public sealed record ContentLink(string ContentItemId, string? Type = null, string? Label = null, string? Url = null)
{
    /// <summary>A link to something outside the site's content (a label and maybe an address), kept as it is.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsExternal => ContentItemId.Length == 0;

    /// <summary>An external link: <c>ContentLink.External("thay-the", "Số 15/2020/NĐ-CP", "https://vbpl.vn/...")</c>.</summary>
    public static ContentLink External(string? type, string label, string? url = null) => new("", type, label, url);
}

/// <summary>A type of relation a link field offers: its key, its label from the linking end and from the linked end.</summary>
/// <param name="Key">Stored in <see cref="ContentLink.Type"/>, e.g. "thay-the".</param>
/// <param name="Label">Seen from the item that links, e.g. "thay thế".</param>
/// <param name="Inverse">Seen from the item linked to, e.g. "được thay thế".</param>
public sealed record ContentRelationType(string Key, string Label, string Inverse)
{
    /// <summary>"thay-the=thay thế|được thay thế"; without "|", both ends read the same label.</summary>
    public static ContentRelationType Parse(string declaration)
    {
        var at = declaration.IndexOf('=');
        var key = at > 0 ? declaration[..at] : declaration;
        var labels = (at > 0 ? declaration[(at + 1)..] : declaration).Split('|', 2);
        return new(key.Trim(), labels[0].Trim(), (labels.Length > 1 ? labels[1] : labels[0]).Trim());
    }
}

/// <summary>A relation seen from either end, e.g. "thay thế" (from the new document) or "bị thay thế" (from the old).</summary>
/// <param name="Relation">The label from this end: the relation type's label, or its inverse when <see cref="Incoming"/>.</param>
/// <param name="ContentItemId">The item at the other end; empty for an external link.</param>
/// <param name="DisplayText">The other item's title, or an external link's label.</param>
/// <param name="Exists">False when the item at the other end is gone or was never there (and for an external link).</param>
public sealed record ContentRelation(string Relation, string ContentItemId, string? DisplayText, string? ContentType, bool Exists)
{
    /// <summary>The relation type's key (<see cref="ContentLink.Type"/>); null for a field's single relation.</summary>
    public string? Type { get; init; }

    /// <summary>The other item links to this one (the label is the inverse).</summary>
    public bool Incoming { get; init; }

    /// <summary>An external link's address; null for none.</summary>
    public string? Url { get; init; }

    /// <summary>A link outside the site's content, kept as it was typed.</summary>
    public bool External => ContentItemId.Length == 0;
}

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
