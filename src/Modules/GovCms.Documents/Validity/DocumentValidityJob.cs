using GovCms.Content;
using GovCms.Content.Indexing;
using GovCms.Jobs;
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
/// Moves the current site's documents to the status their dates give on a day, through the content manager: a new
/// version, published when the latest version was the published one (a pending draft is changed, not published), so
/// the change is audited and the public pages' cache is evicted as for any edit.
/// </summary>
public sealed class DocumentValidityUpdater(IContentManager content, IContentIndex<DocumentIndex> index, ICurrentTenant currentTenant)
{
    /// <summary>The number of documents whose status changed.</summary>
    public async Task<int> UpdateAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        var ids = await index.Query(SiteScope.Site(currentTenant.Required.Id), IndexedVersion.Latest)
            .Where(r => (r.Validity == DocumentValidity.NotYetInForce && (r.EffectiveOn ?? r.IssuedOn) <= today)
                || (r.Validity == DocumentValidity.InForce && r.ExpiresOn != null && r.ExpiresOn <= today))
            .Select(r => r.ContentItemId).Distinct().ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var id in ids)
        {
            if (await content.GetAsync(id, VersionOptions.Latest, cancellationToken) is not { } item
                || item.Get<DocumentPart>() is not { } part || DocumentValidityRules.NextOn(part, today) is not { } next)
            {
                continue;
            }

            var wasPublished = item.Published;
            part.Validity = next;
            var updated = await content.UpdateAsync(item.Apply(part), cancellationToken);
            if (!updated.Succeeded)
            {
                continue;
            }

            if (wasPublished)
            {
                await content.PublishAsync(id, updated.Value!.ConcurrencyStamp, cancellationToken);
            }

            changed++;
        }

        return changed;
    }
}
