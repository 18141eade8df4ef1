namespace GovCms.Events;

/// <summary>
/// What happened to a content item, raised by the engine in the change itself (item key "content:{id}"):
/// <see cref="ContentEventNames"/> says what.
/// </summary>
/// <param name="Actor">The user who did it; null for the host or a background job.</param>
public sealed record ContentEvent(string Name, string ContentItemId, string ContentType, string Title, int Version, string? Actor)
{
    /// <summary>The item is created by the operation that raised the event: nothing stored refers to it yet.</summary>
    public bool NewItem { get; init; }

    public static string ItemKeyOf(string contentItemId) => $"content:{contentItemId}";
}

public static class ContentEventNames
{
    public const string Created = "ContentCreated";
    public const string Published = "ContentPublished";
    public const string Unpublished = "ContentUnpublished";
    public const string Deleted = "ContentDeleted";
}
