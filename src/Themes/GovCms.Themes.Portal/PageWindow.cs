namespace GovCms.Themes.Portal;

public static class PageWindow
{
    /// <summary>
    /// The page numbers a pager shows: the first, the last and two on each side of the current one;
    /// null stands for the pages left out ("1 … 4 5 6 7 8 … 20").
    /// </summary>
    public static IEnumerable<int?> Around(int current, int count)
    {
        int? previous = null;
        for (var page = 1; page <= count; page++)
        {
            if (page != 1 && page != count && Math.Abs(page - current) > 2)
            {
                continue;
            }

            if (previous is int shown && page > shown + 1)
            {
                yield return null;
            }

            yield return page;
            previous = page;
        }
    }
}
