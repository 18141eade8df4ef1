using System.Security.Claims;

namespace GovCms.Content.Scheduling;

/// <summary>
/// Publication and withdrawal of content at a time, done by background jobs as the system actor (so the
/// publishing handlers, e.g. an approval, decide as for anyone). Works with or without a workflow module;
/// the caller checks that the user may publish, as for publishing now.
/// </summary>
public interface IContentScheduler
{
    /// <summary>
    /// Sets when the item's latest saved version is published and when the item is taken off (UTC; null for none),
    /// replacing what was set before. Where the type needs approval, only the withdrawal can be set here: the
    /// approver chooses the publication time when approving.
    /// </summary>
    Task<Outcome<ContentItem>> ScheduleAsync(
        string contentItemId, string concurrencyStamp, DateTime? publishAtUtc, DateTime? unpublishAtUtc, ClaimsPrincipal user, CancellationToken cancellationToken = default);

    /// <summary>The status with the item's schedule (publication and withdrawal to come) and whether the user may change it.</summary>
    Task<EditorialStatus> WithScheduleAsync(EditorialStatus status, ContentItem? item, bool canSchedule, CancellationToken cancellationToken = default);
}

/// <summary>The kinds of the jobs that publish and withdraw content at a time.</summary>
public static class ContentJobKinds
{
    public const string Publish = "publish";
    public const string Unpublish = "unpublish";

    public static readonly IReadOnlyList<string> Both = [Publish, Unpublish];
}
