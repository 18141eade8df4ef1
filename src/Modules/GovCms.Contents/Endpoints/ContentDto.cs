using System.Globalization;
using GovCms.Content;
using GovCms.Text;
using Microsoft.AspNetCore.Http;

namespace GovCms.Contents.Endpoints;

/// <summary>
/// What an editor sends: the item's fields, the stamp it read, and whether to publish now. The slug of a published
/// item stays as it is unless <see cref="ChangeSlug"/> is set (then its old address answers 301 to the new one).
/// </summary>
/// <param name="PublishDate">ISO 8601 with offset, e.g. "2026-03-05T08:30:00+07:00".</param>
public sealed record ContentInput(
    string? DisplayText,
    string? Slug,
    string? Summary,
    string? Body,
    string? ImageUrl,
    string? ImageAlt,
    List<string>? Categories,
    string? PublishDate,
    string? ConcurrencyStamp,
    bool Publish = false,
    bool ChangeSlug = false)
{
    public const string PublishDateLabel = "Ngày đăng";

    /// <summary>A publish date as this input carries it.</summary>
    public static string? FormatDate(DateTime? utc) => utc?.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>Fills the item with this input; returns what is wrong with the input itself (a date that is not one), by field.</summary>
    public IReadOnlyDictionary<string, string> ApplyTo(ContentItem item, ContentTypeDefinition type)
    {
        var errors = new Dictionary<string, string>();
        var publishDateUtc = TimeInput.ParseInstant(PublishDate, PublishDateLabel, out var dateError);
        if (dateError is not null)
        {
            errors["publishDate"] = dateError;
        }

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
            item.Apply(new PublishDatePart { DateUtc = publishDateUtc });
        }

        return errors;
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
    public static ContentDto From(ContentItem item) => new(
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
        item.ConcurrencyStamp);
}

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
