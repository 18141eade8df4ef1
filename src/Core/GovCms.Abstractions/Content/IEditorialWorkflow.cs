using System.Security.Claims;

namespace GovCms.Content;

/// <summary>
/// The editorial workflow as the content editor sees it: whether items of a type need approval on the
/// current tenant, where an item stands, and the actions around its publication. A module implements
/// it (Workflows); without one, items publish as their editors' permissions allow.
/// </summary>
public interface IEditorialWorkflow
{
    /// <summary>What the editor shows and offers for an item of the type (null while it is being created).</summary>
    Task<EditorialStatus> GetStatusAsync(string contentType, ContentItem? item, ClaimsPrincipal user, CancellationToken cancellationToken = default);

    /// <summary>Sends the item's latest version for approval.</summary>
    Task<Outcome<ContentItem>> SubmitAsync(string contentItemId, string concurrencyStamp, string? note, ClaimsPrincipal user, CancellationToken cancellationToken = default);

    /// <summary>Publishes without approval, which only an administrator may, with a written reason; the item is then looked at again.</summary>
    Task<Outcome<ContentItem>> ForcePublishAsync(string contentItemId, string concurrencyStamp, string? reason, ClaimsPrincipal user, CancellationToken cancellationToken = default);
}

/// <summary>Where an item stands in the editorial workflow, for the editor.</summary>
public sealed record EditorialStatus
{
    public static readonly EditorialStatus None = new();

    /// <summary>Items of the type are published only through approval.</summary>
    public bool ApprovalRequired { get; init; }

    public bool CanForcePublish { get; init; }

    /// <summary>The schedule's fields are filled by <see cref="Scheduling.IContentScheduler.WithScheduleAsync"/>, with or without a workflow.</summary>
    public bool CanSchedule { get; init; }

    /// <summary>The step the item waits on ("Biên tập viên xem xét"), and since when; null when nobody is asked.</summary>
    public string? WaitingFor { get; init; }

    public DateTime? WaitingSinceUtc { get; init; }

    /// <summary>The notes of the last return, shown until the item is sent again.</summary>
    public EditorialNote? Returned { get; init; }

    /// <summary>A publication without approval that the editorial board has yet to look at, with its reason.</summary>
    public EditorialNote? PublishedWithoutApproval { get; init; }

    public DateTime? PublishAtUtc { get; init; }

    public DateTime? UnpublishAtUtc { get; init; }
}

/// <summary>Who wrote what, when.</summary>
public sealed record EditorialNote(string By, DateTime AtUtc, string Text);
