using System.Globalization;
using GovCms.Content;
using GovCms.Content.Parts.Editing;
using GovCms.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace GovCms.Content.Admin;

/// <summary>
/// The editor form: the title, address and workflow fields MVC binds, the editors of the type's parts (bound by
/// <see cref="ContentEditors"/> from the same form), and what the page shows around them.
/// </summary>
public sealed class ContentEditModel
{
    /// <summary>The format of an HTML datetime-local field, in Vietnam time.</summary>
    public const string LocalDateFormat = "yyyy-MM-ddTHH:mm";

    public string? DisplayText { get; set; }
    public string? Slug { get; set; }

    /// <summary>"Đổi địa chỉ": the slug of a published item changes only when this is ticked.</summary>
    public bool ChangeSlug { get; set; }
    public string? ConcurrencyStamp { get; set; }

    /// <summary>A word for the reviewers, sent with "Gửi duyệt".</summary>
    public string? SubmitNote { get; set; }

    /// <summary>Why an administrator publishes without approval ("Đăng ngay").</summary>
    public string? ForceReason { get; set; }

    [BindNever]
    public ContentTypeDefinition Type { get; set; } = default!;

    /// <summary>The editors of the type's parts, in the type's order.</summary>
    [BindNever]
    public IReadOnlyList<PartEditor> Parts { get; set; } = [];

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
        ConcurrencyStamp = item.ConcurrencyStamp,
    };
}
