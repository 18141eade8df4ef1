namespace GovCms.Admin;

/// <summary>What the shared pagination partial needs: where we are, and how to link to another page.</summary>
public sealed record Pager(int Page, int PageCount, Func<int, string> UrlFor)
{
    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < PageCount;
}
