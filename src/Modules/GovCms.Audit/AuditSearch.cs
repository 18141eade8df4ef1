using System.Globalization;
using GovCms.Content;
using GovCms.Data;
using GovCms.Text;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Audit;

/// <summary>What the log is filtered by; dates are days in Vietnam (yyyy-MM-dd), both included.</summary>
/// <param name="Type">A category ("content") or an event of one ("content.edited").</param>
public sealed record AuditFilter(string? User = null, string? Type = null, string? From = null, string? To = null, string? ObjectId = null, int Page = 1)
{
    public bool IsEmpty => User is null && Type is null && From is null && To is null && ObjectId is null;
}

public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int Total, int Page, int PageCount);

/// <summary>Reads the current site's log, newest first, by user, type, dates and object.</summary>
public sealed class AuditSearch(GovCmsDbContext db)
{
    public const int PageSize = 50;
    public const int MaxExported = 100_000;

    public async Task<AuditPage> FindAsync(AuditFilter filter, CancellationToken cancellationToken = default)
    {
        var entries = Query(filter);
        var total = await entries.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var rows = await entries.Page(page, PageSize).ToListAsync(cancellationToken);
        return new AuditPage(rows, total, page, pageCount);
    }

    /// <summary>Every matching entry, newest first, read as it is written out.</summary>
    public IAsyncEnumerable<AuditEntry> ExportAsync(AuditFilter filter) => Query(filter).Take(MaxExported).AsAsyncEnumerable();

    /// <summary>A date of the filter that is not a day ("2026-13-01"), or null when both are fine.</summary>
    public static string? InvalidDate(AuditFilter filter) =>
        new[] { filter.From, filter.To }.FirstOrDefault(d => !string.IsNullOrWhiteSpace(d) && Day(d) is null);

    private IQueryable<AuditEntry> Query(AuditFilter filter)
    {
        var entries = db.Set<AuditEntry>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            var user = filter.User.Trim();
            entries = entries.Where(e => e.UserName != null && e.UserName.Contains(user));
        }

        if (!string.IsNullOrWhiteSpace(filter.Type))
        {
            var parts = filter.Type.Split('.', 2);
            var category = parts[0];
            entries = entries.Where(e => e.Category == category);
            if (parts.Length == 2)
            {
                var action = parts[1];
                entries = entries.Where(e => e.Action == action);
            }
        }

        if (Day(filter.From) is DateTime from)
        {
            var since = VietnamTime.ToUtc(from);
            entries = entries.Where(e => e.OccurredUtc >= since);
        }

        if (Day(filter.To) is DateTime to)
        {
            var until = VietnamTime.ToUtc(to.AddDays(1));
            entries = entries.Where(e => e.OccurredUtc < until);
        }

        if (!string.IsNullOrWhiteSpace(filter.ObjectId))
        {
            entries = entries.Where(e => e.ObjectId == filter.ObjectId);
        }

        return entries.OrderByDescending(e => e.OccurredUtc).ThenByDescending(e => e.Id);
    }

    private static DateTime? Day(string? text) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
