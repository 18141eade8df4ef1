using GovCms.Content;
using Microsoft.AspNetCore.Http;

namespace GovCms.Contents.Endpoints;

/// <summary>
/// Published content for the public JSON API: what the portal page shows and where it is, nothing of the editing
/// (no author's login name, concurrency stamp, internal id, version numbers or flags, Markdown source).
/// </summary>
/// <param name="Url">The item's public page, e.g. "/xa-dong-son/tin-tuc/le-khai-giang".</param>
public sealed record PublicContentDto(
    string DisplayText,
    string Slug,
    string Url,
    string? Summary,
    string? BodyHtml,
    string? ImageUrl,
    string? ImageAlt,
    IReadOnlyList<string> Categories,
    DateTime? PublishDate,
    DateTime ModifiedUtc)
{
    public static PublicContentDto From(ContentItem item, ContentTypeDefinition type, PathString pathBase) => new(
        item.DisplayText,
        item.Slug,
        $"{pathBase}/{type.RoutePrefix}/{item.Slug}",
        item.Get<SummaryPart>()?.Text,
        item.Get<MarkdownBodyPart>()?.Html,
        item.Get<ImagePart>()?.Url is { Length: > 0 } image ? image : null,
        item.Get<ImagePart>()?.Alt,
        item.Get<CategoriesPart>()?.Categories ?? [],
        item.Get<PublishDatePart>()?.DateUtc ?? item.PublishedUtc,
        item.ModifiedUtc);
}
