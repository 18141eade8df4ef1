using GovCms.Content;
using GovCms.Data;

namespace GovCms.Events;

/// <summary>Raises the engine's content events in the content operation itself, so they are stored (or not) with it.</summary>
internal sealed class ContentEventSource(IEventOutbox outbox, ContentAuthor author, GovCmsDbContext db) : IContentHandler
{
    public Task CreatingAsync(ContentContext context) => RaiseAsync(ContentEventNames.Created, context.Item);

    public Task PublishedAsync(ContentContext context) => RaiseAsync(ContentEventNames.Published, context.Item);

    public Task UnpublishingAsync(ContentContext context) => RaiseAsync(ContentEventNames.Unpublished, context.Item);

    public Task RemovingAsync(ContentContext context) => RaiseAsync(ContentEventNames.Deleted, context.Item);

    private Task RaiseAsync(string name, ContentItem item) =>
        outbox.RaiseAsync(
            new ContentEvent(name, item.ContentItemId, item.ContentType, item.DisplayText, item.Version, author.UserName) { NewItem = CreatedInThisUnit.Holds(db, item.ContentItemId) },
            ContentEvent.ItemKeyOf(item.ContentItemId));
}
