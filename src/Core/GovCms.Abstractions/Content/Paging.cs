namespace GovCms.Content;

/// <summary>
/// The one way listings page (admin, public and the APIs): the page number is 1 or more, the size between 1 and
/// <see cref="MaxPageSize"/>, and the rows skipped are counted in 64 bits, so a page number far past the end
/// (?page=1073741825) is an empty page, never an overflow that the database refuses.
/// </summary>
public static class Paging
{
    public const int MaxPageSize = 100;

    public static (int Page, int Size) Clamp(int page, int size) => (Math.Max(1, page), Math.Clamp(size, 1, MaxPageSize));

    /// <summary>How many rows come before <paramref name="page"/>: (page − 1) × size, at most <see cref="int.MaxValue"/>.</summary>
    public static int Skip(int page, int size) => (int)Math.Min(((long)Math.Max(1, page) - 1) * Math.Max(0, size), int.MaxValue);

    /// <summary>The rows of one page of an ordered query.</summary>
    public static IQueryable<T> Page<T>(this IQueryable<T> query, int page, int size) => query.Skip(Skip(page, size)).Take(size);
}
