using GovCms.Content.Fields;
using GovCms.Content.Parts;

namespace GovCms.Content.Display;

/// <summary>An item as a public page shows it: its parts' displays in the type's order, and the links other items make to it.</summary>
/// <param name="Owner">The site that owns the item when it is shown on a site below it (shared downward); null on its own site.</param>
public sealed record ItemDisplay(ContentItem Item, ContentTypeDefinition Type, IReadOnlyList<PartDisplay> Parts, IReadOnlyList<RelationDisplay> LinkedFrom, string? Owner)
{
    public string Title => Item.DisplayText;
}

/// <summary>
/// One part on a public page: its own partial (<see cref="ContentPartDefinition.DisplayPartial"/>, model: this record) or
/// its fields one by one, each with the display of its kind. <see cref="Item"/> gives the typed part (<c>Item.Get&lt;TPart&gt;()</c>).
/// </summary>
public sealed record PartDisplay(ContentPartDefinition Part, ContentItem Item, IReadOnlyList<FieldDisplay> Fields)
{
    public bool IsEmpty => Fields.All(f => f.IsEmpty);

    public FieldDisplay Field(string key) => Fields.First(f => string.Equals(f.Field.Key, key, StringComparison.OrdinalIgnoreCase));
}

/// <summary>One field on a public page, shown by the partial of its kind (<see cref="Partial"/>); a field without a value is left out.</summary>
public sealed record FieldDisplay(ContentFieldDefinition Field, IReadOnlyList<DisplayValue> Values)
{
    public string Label => Field.Label;

    public FieldKind Kind => Field.Kind;

    public bool IsEmpty => Values.Count == 0;

    /// <summary>The engine's display of the field's kind; a theme overrides it at <c>Views/Shared/Display/Fields/_{Kind}.cshtml</c>.</summary>
    public string Partial => $"Display/Fields/_{Field.Kind}";
}

/// <summary>
/// One value as people read it: <see cref="Text"/> (a date dd/MM/yyyy, "1.250.000 đ", a choice's label, a file's name);
/// <see cref="Href"/> for a link (a linked item's page, a file); <see cref="Detail"/> for what goes with it ("Tài liệu PDF, 120 KB");
/// <see cref="Html"/> for Markdown rendered (raw HTML off) and <see cref="Machine"/> for a time element's datetime.
/// </summary>
public sealed record DisplayValue(string Text, string? Href = null, string? Detail = null, string? Html = null, string? Machine = null);

/// <summary>Items that link to the shown one, under the inverse name of their relation ("bị thay thế bởi").</summary>
public sealed record RelationDisplay(string Relation, IReadOnlyList<DisplayValue> Items);

/// <summary>One entry of a generic public listing.</summary>
/// <param name="Href">Relative to the site, e.g. "/thong-bao/lich-tiep-dan".</param>
/// <param name="Owner">The site above that shared it down; null for the site's own item.</param>
public sealed record PublicListEntry(string Title, string Href, DateTime DateUtc, string? Owner);

/// <summary>A type's public listing: the site's own published items (paged) and, on the first page, what the sites above share down to it.</summary>
public sealed record PublicListing(ContentTypeDefinition Type, IReadOnlyList<PublicListEntry> Items, IReadOnlyList<PublicListEntry> Shared, ContentPage Page)
{
    public string Title => Type.DisplayName;

    public bool IsEmpty => Items.Count == 0 && Shared.Count == 0;
}
