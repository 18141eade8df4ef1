using System.Text.Json;
using GovCms.Content;
using GovCms.Data;
using GovCms.Text;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Contents.Public;

/// <summary>
/// The search page's search until the search module comes: the words of the query, folded (no diacritics,
/// đ → d, lower case), all found in the title or summary of a published item with a public page. It looks
/// through the newest <see cref="MaxScanned"/> items of the site; titles that match come first.
/// </summary>
public sealed class PublicSearch(GovCmsDbContext db, IContentManager content)
{
    public const int MaxScanned = 2000;
    public const int PageSize = 10;
    public const int MaxQueryLength = 100;

    public async Task<SearchViewModel> SearchAsync(string query, int page, CancellationToken cancellationToken = default)
    {
        var words = Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            return new SearchViewModel(query, [], 0, 1, 1);
        }

        var types = content.Types.Where(t => t.RoutePrefix is not null).ToDictionary(t => t.Name, t => t.RoutePrefix!);
        var names = types.Keys.ToList();
        var rows = await db.Set<ContentVersionRecord>().AsNoTracking()
            .Where(v => v.Published && !v.Withheld && names.Contains(v.ContentType))
            .OrderByDescending(v => v.SortDateUtc).ThenByDescending(v => v.Id)
            .Take(MaxScanned)
            .Select(v => new { v.ContentType, v.Slug, v.DisplayText, v.SortDateUtc, v.Data })
            .ToListAsync(cancellationToken);

        var found = rows
            .Select(row => (Row: row, Summary: SummaryOf(row.Data), InTitle: Contains(Fold(row.DisplayText), words)))
            .Where(match => match.InTitle || Contains(Fold(match.Row.DisplayText + " " + match.Summary), words))
            .OrderByDescending(match => match.InTitle)
            .Select(match => new ItemLink(match.Row.DisplayText, $"/{types[match.Row.ContentType]}/{match.Row.Slug}", match.Row.SortDateUtc, match.Summary))
            .ToList();
        var pageCount = Math.Max(1, (found.Count + PageSize - 1) / PageSize);
        var current = Math.Clamp(page, 1, pageCount);
        return new SearchViewModel(query, found.Skip((current - 1) * PageSize).Take(PageSize).ToList(), found.Count, current, pageCount);
    }

    private static string Fold(string text) => VietnameseText.Fold(text).ToLowerInvariant();

    private static bool Contains(string folded, string[] words) => words.All(word => folded.Contains(word, StringComparison.Ordinal));

    private static string SummaryOf(string data)
    {
        using var document = JsonDocument.Parse(data);
        return document.RootElement.TryGetProperty(nameof(SummaryPart), out var part) && part.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String
            ? text.GetString() ?? ""
            : "";
    }
}
