using GovCms.Content;

namespace GovCms.Contents.Public;

/// <summary>A published item as the public pages show it, its parts read once.</summary>
/// <param name="Href">Relative to the site, e.g. "/tin-tuc/le-khai-giang".</param>
public sealed record PublishedItem(string Title, string Href, string Summary, string BodyHtml, string? ImageUrl, string? ImageAlt, DateTime? DateUtc)
{
    public static PublishedItem From(ContentItem item, ContentTypeDefinition type)
    {
        var image = item.Get<ImagePart>();
        return new PublishedItem(
            item.DisplayText,
            $"/{type.RoutePrefix}/{item.Slug}",
            item.Get<SummaryPart>()?.Text ?? "",
            item.Get<MarkdownBodyPart>()?.Html ?? "",
            string.IsNullOrWhiteSpace(image?.Url) ? null : image.Url,
            image?.Alt,
            item.PublishedUtc);
    }
}
