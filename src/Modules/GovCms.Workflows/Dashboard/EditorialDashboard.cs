using System.Security.Claims;
using GovCms.Content;
using GovCms.Data;
using GovCms.Tenants;
using GovCms.Workflows.Engine;
using GovCms.Content.Scheduling;
using GovCms.Jobs;
using GovCms.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Workflows.Dashboard;

public sealed record AgeGroup(string Label, int Count);

public sealed record ReturnedItem(string ContentItemId, string Title, string By, DateTime AtUtc, string Notes);

public sealed record ScheduledItem(string ContentItemId, string Title, string Kind, DateTime DueUtc);

/// <summary>What waits on a site below, counted with every site below it.</summary>
public sealed record ChildCounts(int TenantId, string Name, string? BasePath, int Waiting, int Returned, int Scheduled);

/// <param name="Waiting">Every open approval of the site, oldest first.</param>
public sealed record EditorialOverview(
    IReadOnlyList<WorkflowTask> MyTasks,
    IReadOnlyList<WorkflowTask> Waiting,
    IReadOnlyList<AgeGroup> Ages,
    IReadOnlyList<ReturnedItem> ReturnedToMe,
    IReadOnlyList<ScheduledItem> Scheduled,
    IReadOnlyList<ChildCounts> Children,
    DateTime NowUtc);

/// <summary>
/// The editorial dashboard: the user's tasks, what waits for review and for how long, what was returned
/// to the user, what is scheduled; and for a parent site, the same counts for each site below it.
/// </summary>
public sealed class EditorialDashboard(
    GovCmsDbContext db,
    TaskService tasks,
    ICurrentTenant currentTenant,
    ITenantCatalog catalog,
    ITenantScopes scopes,
    TimeProvider clock)
{
    private const int Shown = 10;

    public async Task<EditorialOverview> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var waiting = (await tasks.OpenAsync(cancellationToken)).Where(t => t.Kind == WorkflowTaskKind.Approval).ToList();
        return new EditorialOverview(
            (await tasks.ForUserAsync(user, cancellationToken)).Take(Shown).ToList(),
            waiting,
            AgesOf(waiting, now),
            await ReturnedToAsync(user.Identity?.Name ?? "", cancellationToken),
            await ScheduledAsync(cancellationToken),
            await ChildrenAsync(cancellationToken),
            now);
    }

    private static List<AgeGroup> AgesOf(IReadOnlyList<WorkflowTask> waiting, DateTime now) =>
    [
        new("Dưới 1 ngày", waiting.Count(t => now - t.CreatedUtc < TimeSpan.FromDays(1))),
        new("Từ 1 đến 3 ngày", waiting.Count(t => now - t.CreatedUtc >= TimeSpan.FromDays(1) && now - t.CreatedUtc < TimeSpan.FromDays(3))),
        new("Trên 3 ngày", waiting.Count(t => now - t.CreatedUtc >= TimeSpan.FromDays(3))),
    ];

    private async Task<List<ReturnedItem>> ReturnedToAsync(string userName, CancellationToken cancellationToken)
    {
        var returned = await Returned(db.Set<WorkflowTask>(), db.Set<WorkflowInstance>(), db.Set<ContentItemRecord>())
            .Where(t => t.SubmittedBy == userName)
            .OrderByDescending(t => t.CompletedUtc)
            .Take(Shown)
            .ToListAsync(cancellationToken);
        return returned.Select(t => new ReturnedItem(t.ContentItemId!, t.ContentTitle, t.CompletedBy ?? "", t.CompletedUtc ?? t.CreatedUtc, t.Notes ?? "")).ToList();
    }

    private async Task<List<ScheduledItem>> ScheduledAsync(CancellationToken cancellationToken)
    {
        var soonest = await Pending(db.Set<ScheduledJob>())
            .Join(db.Set<ContentItemRecord>(), j => j.ContentItemId, i => i.Id, (j, i) => new { i.Id, i.DisplayText, j.Kind, j.DueUtc })
            .OrderBy(s => s.DueUtc)
            .Take(Shown)
            .ToListAsync(cancellationToken);
        return soonest.Select(s => new ScheduledItem(s.Id, s.DisplayText, s.Kind, s.DueUtc)).ToList();
    }

    /// <summary>
    /// Counts per site of the current site's subtree (only sites with something waiting appear, so the lists are
    /// short), then added up for each site directly below the current one over its own subtree.
    /// </summary>
    private async Task<List<ChildCounts>> ChildrenAsync(CancellationToken cancellationToken)
    {
        var tenant = currentTenant.Required;
        var children = catalog.Children(tenant.Id);
        if (children.Count == 0)
        {
            return [];
        }

        var below = SiteScope.Subtree(tenant.Id);
        var allTasks = Across<WorkflowTask>(below);
        var waiting = await CountByTenantAsync(allTasks.Where(t => t.Status == WorkflowTaskStatus.Open && t.Kind == WorkflowTaskKind.Approval).Select(t => t.TenantId), cancellationToken);
        var returned = await CountByTenantAsync(Returned(allTasks, Across<WorkflowInstance>(below), Across<ContentItemRecord>(below)).Select(t => t.TenantId), cancellationToken);
        var scheduled = await CountByTenantAsync(Pending(Across<ScheduledJob>(below)).Select(j => j.TenantId), cancellationToken);

        int Subtree(Dictionary<int, int> counts, int childId) =>
            counts.Where(c => catalog.Find(c.Key)?.IsSelfOrDescendantOf(childId) == true).Sum(c => c.Value);
        return children.Select(c => new ChildCounts(c.Id, c.DisplayName, TenantUrls.BasePath(c),
            Subtree(waiting, c.Id), Subtree(returned, c.Id), Subtree(scheduled, c.Id))).ToList();
    }

    /// <summary>Returns that ended a run, not followed by a newer submission of the item, of items not removed.</summary>
    private static IQueryable<WorkflowTask> Returned(IQueryable<WorkflowTask> tasks, IQueryable<WorkflowInstance> runs, IQueryable<ContentItemRecord> items) =>
        tasks.Where(t => t.Status == WorkflowTaskStatus.Done && t.Outcome == WorkflowOutcomes.Returned
            && !runs.Any(r => r.RecordKind == WorkflowRecord.ContentKind && r.RecordId == t.ContentItemId && r.TenantId == t.TenantId && r.CreatedUtc > t.CompletedUtc)
            && items.Any(i => i.Id == t.ContentItemId && i.TenantId == t.TenantId && i.PublishedVersion != i.LatestVersion));

    private static IQueryable<ScheduledJob> Pending(IQueryable<ScheduledJob> jobs) =>
        jobs.Where(j => j.CompletedUtc == null && (j.Kind == ContentJobKinds.Publish || j.Kind == ContentJobKinds.Unpublish));

    private IQueryable<T> Across<T>(SiteScope scope) where T : class, ITenantOwned => scopes.Query<T>(scope).AsNoTracking();

    private static async Task<Dictionary<int, int>> CountByTenantAsync(IQueryable<int> tenantIds, CancellationToken cancellationToken) =>
        await tenantIds.GroupBy(id => id).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
}
