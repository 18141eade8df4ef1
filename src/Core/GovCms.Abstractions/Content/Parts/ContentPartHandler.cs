namespace GovCms.Content.Parts;

/// <summary>
/// What a part does on save besides its fields' own checks: normalise (render, derive), check across fields, add
/// to the item's search text and choose its sort date. Resolved from the request's services, so it may use them.
/// </summary>
public abstract class ContentPartHandler<TPart> : IContentPartHandler where TPart : class, new()
{
    /// <summary>Normalises the part and adds errors by field key; the part is stored as it is left.</summary>
    public virtual Task PrepareAsync(TPart part, ContentPartContext context) => Task.CompletedTask;

    /// <summary>Text the item is found by, besides its searchable fields.</summary>
    public virtual IEnumerable<string> SearchText(TPart part) => [];

    /// <summary>The date the item is listed by (newest first); null to leave it to other parts or the publication.</summary>
    public virtual DateTime? SortDateUtc(TPart part) => null;

    /// <summary>
    /// False for an item that must never be public (a confidential document): even published, the engine keeps it out
    /// of every public reader (its pages, the public API, shared-downward reads, feeds, sitemap) and the admin marks it
    /// "Mật — không công khai". Decided per version, from the part as stored.
    /// </summary>
    public virtual bool IsPublic(TPart part) => true;

    async Task<object> IContentPartHandler.PrepareAsync(object part, ContentPartContext context)
    {
        await PrepareAsync((TPart)part, context);
        return part;
    }

    IEnumerable<string> IContentPartHandler.SearchText(object part) => SearchText((TPart)part);

    DateTime? IContentPartHandler.SortDateUtc(object part) => SortDateUtc((TPart)part);

    bool IContentPartHandler.IsPublic(object part) => IsPublic((TPart)part);
}

/// <summary>The untyped face of <see cref="ContentPartHandler{TPart}"/> the engine calls.</summary>
public interface IContentPartHandler
{
    Task<object> PrepareAsync(object part, ContentPartContext context);

    IEnumerable<string> SearchText(object part);

    DateTime? SortDateUtc(object part);

    bool IsPublic(object part);
}

/// <summary>The item being saved, its type, and where a part's handler files its errors.</summary>
public sealed class ContentPartContext(ContentItem item, ContentTypeDefinition type, ContentPartDefinition part, IDictionary<string, string> errors)
{
    public ContentItem Item { get; } = item;

    public ContentTypeDefinition Type { get; } = type;

    public ContentPartDefinition Part { get; } = part;

    /// <summary>Files an error under the field's key (its alias, or "parts.{part}.{field}").</summary>
    public void Fail(string fieldKey, string message) =>
        errors.TryAdd(Part.Field(fieldKey)?.ErrorKey ?? $"parts.{Part.Key}.{fieldKey}", message);
}
