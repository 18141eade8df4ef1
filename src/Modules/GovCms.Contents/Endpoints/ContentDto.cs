using GovCms.Content;

namespace GovCms.Contents.Endpoints;

/// <summary>What an editor sends: the item's fields, the stamp it read, and whether to publish now.</summary>
public sealed record ContentInput(
    string? DisplayText,
    string? Slug,
    string? Summary,
    string? Body,
    string? ImageUrl,
    string? ImageAlt,
    List<string>? Categories,
    DateTimeOffset? PublishDate,
    string? ConcurrencyStamp,
    bool Publish = false)
{
    public void ApplyTo(ContentItem item, ContentTypeDefinition type)
    {
        item.DisplayText = DisplayText ?? "";
        item.Slug = Slug ?? "";
        if (type.Has(nameof(SummaryPart)))
        {
            item.Apply(new SummaryPart { Text = Summary ?? "" });
        }

        if (type.Has(nameof(MarkdownBodyPart)))
        {
            item.Apply(new MarkdownBodyPart { Markdown = Body ?? "" });
        }

        if (type.Has(nameof(ImagePart)))
        {
            item.Apply(new ImagePart { Url = ImageUrl, Alt = ImageAlt });
        }

        if (type.Has(nameof(CategoriesPart)))
        {
            item.Apply(new CategoriesPart { Categories = Categories ?? [] });
        }

        if (type.Has(nameof(PublishDatePart)))
        {
            item.Apply(new PublishDatePart { DateUtc = PublishDate?.UtcDateTime });
        }
    }
}

public sealed record ContentDto(
    string Id,
    string ContentType,
    int Version,
    bool Latest,
    bool Published,
    int? PublishedVersion,
    string DisplayText,
    string Slug,
    string? Summary,
    string? Body,
    string? BodyHtml,
    string? ImageUrl,
    string? ImageAlt,
    IReadOnlyList<string> Categories,
    DateTime? PublishDate,
    DateTime CreatedUtc,
    DateTime ModifiedUtc,
    string? Author,
    string? ConcurrencyStamp)
{
    public static ContentDto From(ContentItem item, bool includeStamp = true) => new(
        item.ContentItemId,
        item.ContentType,
        item.Version,
        item.Latest,
        item.Published,
        item.PublishedVersion,
        item.DisplayText,
        item.Slug,
        item.Get<SummaryPart>()?.Text,
        item.Get<MarkdownBodyPart>()?.Markdown,
        item.Get<MarkdownBodyPart>()?.Html,
        item.Get<ImagePart>()?.Url,
        item.Get<ImagePart>()?.Alt,
        item.Get<CategoriesPart>()?.Categories ?? [],
        item.Get<PublishDatePart>()?.DateUtc ?? item.PublishedUtc,
        item.CreatedUtc,
        item.ModifiedUtc,
        item.Author,
        includeStamp ? item.ConcurrencyStamp : null);

    /// <summary>For the public: no editing stamp, no Markdown source.</summary>
    public static ContentDto Public(ContentItem item) => From(item, includeStamp: false) with { Body = null };
}
