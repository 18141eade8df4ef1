namespace GovCms.Content;

/// <summary>
/// Hooks on the life of content items. All run inside the save's transaction, so an index a
/// handler writes is stored together with the item or not at all.
/// </summary>
public interface IContentHandler
{
    Task CreatingAsync(ContentContext context) => Task.CompletedTask;
    Task UpdatingAsync(ContentContext context) => Task.CompletedTask;
    /// <summary>May cancel the publication by calling <see cref="CancellableContentContext.Cancel"/>.</summary>
    Task PublishingAsync(CancellableContentContext context) => Task.CompletedTask;
    Task PublishedAsync(ContentContext context) => Task.CompletedTask;
    Task UnpublishingAsync(ContentContext context) => Task.CompletedTask;
    Task RemovingAsync(ContentContext context) => Task.CompletedTask;
}

public class ContentContext(ContentItem item, ContentTypeDefinition type)
{
    public ContentItem Item { get; } = item;
    public ContentTypeDefinition Type { get; } = type;

    /// <summary>In <see cref="IContentHandler.UpdatingAsync"/>: the earlier version the new one restores, if it does.</summary>
    public int? RestoredFromVersion { get; init; }
}

public sealed class CancellableContentContext(ContentItem item, ContentTypeDefinition type) : ContentContext(item, type)
{
    public bool Cancelled { get; private set; }
    public string? Reason { get; private set; }

    public void Cancel(string reason)
    {
        Cancelled = true;
        Reason = reason;
    }
}
