using GovCms.Content;
using GovCms.Content.Indexing;
using GovCms.Data;
using GovCms.Jobs;
using GovCms.Notifications;
using GovCms.Security;
using GovCms.Tenants;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Documents.Validity;

/// <summary>
/// Every night (00:05 Vietnam time) on each site with the feature on: "Chưa có hiệu lực" becomes "Còn hiệu lực" on the
/// effective date, "Còn hiệu lực" becomes "Hết hiệu lực toàn bộ" on the expiry date. The job runs as the system actor.
/// </summary>
internal sealed class DocumentValidityJob(DocumentValidityUpdater updater, TimeProvider clock) : IJobHandler
{
    public const string JobKind = "documents.validity";

    public static readonly RecurringJob Schedule = new("documents-validity", JobKind, JobScope.PerSite) { Cron = "5 0 * * *", Feature = DocumentsModule.Id };

    public string Kind => JobKind;

    public Task RunAsync(Job job, CancellationToken cancellationToken) =>
        updater.UpdateAsync(DocumentValidityRules.Today(clock), cancellationToken);
}

/// <summary>
/// Moves the current site's documents to the status their dates give on a day, through the content manager, so the
/// change is audited and the public pages' cache is evicted as for any edit:
/// <list type="bullet">
/// <item>published, no draft: a new version with the status, published;</item>
/// <item>a draft pending over the published version: the published content with the status becomes a new published
/// version, then the draft is saved again on top of it with the status too (the draft stays a draft);</item>
/// <item>never published: the draft gets the status.</item>
/// </list>
/// Publishing runs as the system actor, so where publication needs approval it may be refused: the site's administrators
/// and approvers are then told in their inbox, and the new status waits in the draft for approval.
/// </summary>
public sealed class DocumentValidityUpdater(
    IContentManager content, IContentIndex<DocumentIndex> index, ICurrentTenant currentTenant, INotifier notifier, GovCmsDbContext db)
{
    /// <summary>The number of documents whose status changed.</summary>
    public async Task<int> UpdateAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var version in new[] { IndexedVersion.Latest, IndexedVersion.Published })
        {
            ids.UnionWith(await index.Query(SiteScope.Site(currentTenant.Required.Id), version)
                .Where(r => (r.Validity == DocumentValidity.NotYetInForce && (r.EffectiveOn ?? r.IssuedOn) <= today)
                    || (r.Validity == DocumentValidity.InForce && r.ExpiresOn != null && r.ExpiresOn <= today))
                .Select(r => r.ContentItemId).ToListAsync(cancellationToken));
        }

        var changed = 0;
        foreach (var id in ids.Order(StringComparer.Ordinal))
        {
            if (await UpdateOneAsync(id, today, cancellationToken) is not { } result)
            {
                continue;
            }

            changed++;
            if (result.WaitsForApproval)
            {
                // Saved now: the next document's operation would drop it from the unit of work if it failed.
                await TellAsync(result.Item, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            }
        }

        return changed;
    }

    /// <summary>A document whose status changed (its latest version), and whether the new status still waits to be public.</summary>
    private sealed record Changed(ContentItem Item, bool WaitsForApproval);

    private async Task<Changed?> UpdateOneAsync(string id, DateOnly today, CancellationToken cancellationToken)
    {
        if (await content.GetAsync(id, VersionOptions.Latest, cancellationToken) is not { } latest || latest.Get<DocumentPart>() is not { } draft)
        {
            return null;
        }

        var live = latest.Published || latest.PublishedVersion is null ? null : await content.GetAsync(id, VersionOptions.Published, cancellationToken);
        if (live?.Get<DocumentPart>() is { } livePart && DocumentValidityRules.NextOn(livePart, today) is { } liveNext)
        {
            // The published version first, then the pending draft back on top.
            livePart.Validity = liveNext;
            live.ConcurrencyStamp = latest.ConcurrencyStamp;
            var saved = await content.UpdateAsync(live.Apply(livePart), cancellationToken);
            if (!saved.Succeeded)
            {
                return null;
            }

            var published = await content.PublishAsync(id, saved.Value!.ConcurrencyStamp, cancellationToken);
            draft.Validity = DocumentValidityRules.NextOn(draft, today) ?? draft.Validity;
            latest.ConcurrencyStamp = (published.Succeeded ? published.Value! : saved.Value).ConcurrencyStamp;
            return (await content.UpdateAsync(latest.Apply(draft), cancellationToken)).Succeeded ? new Changed(latest, !published.Succeeded) : null;
        }

        if (DocumentValidityRules.NextOn(draft, today) is not { } next)
        {
            return null;
        }

        var wasPublished = latest.Published;
        draft.Validity = next;
        var updated = await content.UpdateAsync(latest.Apply(draft), cancellationToken);
        if (!updated.Succeeded)
        {
            return null;
        }

        return new Changed(latest, wasPublished && !(await content.PublishAsync(id, updated.Value!.ConcurrencyStamp, cancellationToken)).Succeeded);
    }

    /// <summary>Tells the site's administrators and approvers that the document's new status needs approval to be public.</summary>
    private Task TellAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var status = DocumentValidity.Label(item.Get<DocumentPart>()?.Validity);
        return notifier.NotifyRolesAsync([BuiltInRoles.Administrator, BuiltInRoles.Approver],
            $"Văn bản cần duyệt trạng thái hiệu lực: {item.DisplayText}",
            $"Theo ngày có hiệu lực và ngày hết hiệu lực, văn bản «{item.DisplayText}» nay ở trạng thái «{status}». "
            + "Trạng thái mới đã được lưu vào bản nháp nhưng việc đăng cần được duyệt, nên trang công khai vẫn hiển thị trạng thái cũ.",
            $"admin/content/{item.ContentItemId}", cancellationToken);
    }
}
