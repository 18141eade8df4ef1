using GovCms.Content;

namespace GovCms.Content.Admin;

/// <summary>What the history page shows: the item as it is now and all its versions, newest first.</summary>
public sealed record ContentHistoryModel(ContentItem Item, ContentTypeDefinition Type, IReadOnlyList<ContentVersionInfo> Versions);

/// <summary>One old version, read-only, with the stamp the restore button needs.</summary>
public sealed record ContentVersionModel(ContentItem Version, ContentTypeDefinition Type, string CurrentStamp);
