using GovCms.Content;

namespace GovCms.Contents.Public;

/// <summary>A published item as the public pages show it, its parts read once.</summary>
/// <param name="Href">Relative to the site, e.g. "/tin-tuc/le-khai-giang".</param>
/// <param name="Categories">Slugs of its categories.</param>
public sealed record PublishedItem(
    string Title, string Href, string Summary, string BodyHtml, string? ImageUrl, string? ImageAlt, DateTime? DateUtc, IReadOnlyList<string> Categories)
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
            item.PublishedUtc,
            item.Get<CategoriesPart>()?.Categories ?? []);
    }

    /// <summary>The text of the image's alt attribute: the editor's, or one made from the title.</summary>
    public string ImageAltText => string.IsNullOrWhiteSpace(ImageAlt) ? $"Ảnh minh họa: {Title}" : ImageAlt;
}

/// <summary>A link to a published item, without its body: related news, home sections, feeds, search results.</summary>
/// <param name="Href">Relative to the site.</param>
public sealed record ItemLink(string Title, string Href, DateTime DateUtc, string Summary = "");
