using System.Text.Json.Nodes;

namespace GovCms.Content;

public static class ContentRecordMapper
{
    /// <summary>Maps a stored version to the item handlers and views see.</summary>
    public static ContentItem ToItem(ContentVersionRecord version, ContentItemRecord? header = null) => new()
    {
        ContentItemId = version.ContentItemId,
        ContentType = version.ContentType,
        Version = version.Number,
        Latest = version.Latest,
        Published = version.Published,
        PublishedVersion = header?.PublishedVersion ?? (version.Published ? version.Number : null),
        DisplayText = version.DisplayText,
        Slug = version.Slug,
        CreatedUtc = header?.CreatedUtc ?? version.CreatedUtc,
        ModifiedUtc = version.CreatedUtc,
        PublishedUtc = version.Published ? version.SortDateUtc : header?.PublishedUtc,
        Owner = header?.Owner,
        Author = version.Author,
        Withheld = version.Withheld,
        ConcurrencyStamp = header?.ConcurrencyStamp ?? "",
        Parts = JsonNode.Parse(version.Data) as JsonObject ?? [],
    };
}
