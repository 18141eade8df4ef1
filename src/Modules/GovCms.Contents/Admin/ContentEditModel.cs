using System.Globalization;
using GovCms.Content;
using GovCms.Contents.Categories;
using GovCms.Contents.Endpoints;
using GovCms.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace GovCms.Contents.Admin;

/// <summary>The editor form: what the user typed (posted back as it was when something is wrong), and what the page shows around it.</summary>
public sealed class ContentEditModel
{
    /// <summary>The format of an HTML datetime-local field, in Vietnam time.</summary>
    public const string LocalDateFormat = "yyyy-MM-ddTHH:mm";

    public string? DisplayText { get; set; }
    public string? Slug { get; set; }

    /// <summary>"Đổi địa chỉ": the slug of a published item changes only when this is ticked.</summary>
    public bool ChangeSlug { get; set; }
    public string? Summary { get; set; }
    public string? Body { get; set; }
    /// <summary>The image already stored (a hidden field), replaced by <see cref="ImageFile"/> when one is chosen.</summary>
    public string? ImageUrl { get; set; }
    public string? ImageAlt { get; set; }
    public IFormFile? ImageFile { get; set; }
    public bool RemoveImage { get; set; }
    public List<string> Categories { get; set; } = [];
    public string? PublishDate { get; set; }
    public string? ConcurrencyStamp { get; set; }

    [BindNever]
    public ContentTypeDefinition Type { get; set; } = default!;

    /// <summary>The stored latest version; null while creating.</summary>
    [BindNever]
    public ContentItem? Item { get; set; }

    [BindNever]
    public bool CanPublish { get; set; }

    /// <summary>The item is on the portal and the user may take it off ("Gỡ khỏi cổng").</summary>
    [BindNever]
    public bool CanUnpublish { get; set; }

    [BindNever]
    public bool CanDelete { get; set; }

    /// <summary>Where the item stands in the editorial workflow, and what it offers.</summary>
    [BindNever]
    public EditorialStatus Editorial { get; set; } = EditorialStatus.None;

    /// <summary>A word for the reviewers, sent with "Gửi duyệt".</summary>
    public string? SubmitNote { get; set; }

    /// <summary>Why an administrator publishes without approval ("Đăng ngay").</summary>
    public string? ForceReason { get; set; }

    [BindNever]
    public IReadOnlyList<Category> AllCategories { get; set; } = [];

    [BindNever]
    public string? PreviewHtml { get; set; }

    /// <summary>Why nothing was saved when it is not one field's fault (a conflict, a refused publication).</summary>
    [BindNever]
    public string? Problem { get; set; }

    [BindNever]
    public long MaxImageBytes { get; set; }

    /// <summary>The fields of the schedule form ("Đăng lúc", "Gỡ khỏi cổng lúc"), as ModelState knows them.</summary>
    public const string ScheduledPublishField = "scheduledPublish";
    public const string ScheduledUnpublishField = "scheduledUnpublish";

    /// <summary>What the schedule form posted, shown again when it was refused.</summary>
    [BindNever]
    public string? ScheduledPublish { get; set; }

    [BindNever]
    public string? ScheduledUnpublish { get; set; }

    /// <summary>Where the published version is on the portal ("Xem trên cổng"); null when it is not published.</summary>
    [BindNever]
    public string? PublishedSlug { get; set; }

    /// <summary>A time as a datetime-local field shows it, in Vietnam time; empty for none.</summary>
    public static string? LocalInput(DateTime? utc) =>
        utc is DateTime value ? VietnamTime.ToLocal(value).ToString(LocalDateFormat, CultureInfo.InvariantCulture) : null;

    public static ContentEditModel From(ContentItem item) => new()
    {
        DisplayText = item.DisplayText,
        Slug = item.Slug,
        Summary = item.Get<SummaryPart>()?.Text,
        Body = item.Get<MarkdownBodyPart>()?.Markdown,
        ImageUrl = item.Get<ImagePart>()?.Url,
        ImageAlt = item.Get<ImagePart>()?.Alt,
        Categories = item.Get<CategoriesPart>()?.Categories ?? [],
        PublishDate = LocalInput(item.Get<PublishDatePart>()?.DateUtc),
        ConcurrencyStamp = item.ConcurrencyStamp,
    };

    /// <summary>The same input the JSON API takes, so the form and the API fill items alike.</summary>
    public ContentInput ToInput(DateTime? publishDateUtc, bool publish) => new(
        DisplayText, Slug, Summary, Body, ImageUrl, ImageUrl is null ? null : ImageAlt, Categories,
        ContentInput.FormatDate(publishDateUtc), ConcurrencyStamp, publish, ChangeSlug);
}
