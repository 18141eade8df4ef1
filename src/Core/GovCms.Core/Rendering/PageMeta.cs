namespace GovCms.Rendering;

/// <summary>
/// ViewData keys a public page sets for the theme's layout (title, description, share image, feeds...).
/// The layout fills what a page leaves out: the site's description, the logo, the page's own address.
/// </summary>
public static class PageMeta
{
    public const string Title = "Title";
    public const string Description = "Description";
    /// <summary>The image shared with the page (Open Graph, Twitter), a URL of the site; the layout makes it absolute.</summary>
    public const string Image = "Image";
    /// <summary>"article" for news; "website" when not set.</summary>
    public const string Type = "OgType";
    /// <summary>The page's canonical path with its query, when it is not the request's path ("?page=2" is kept by default).</summary>
    public const string Canonical = "Canonical";
    /// <summary>Extra RSS feeds of the page (<see cref="FeedLink"/>); the site's news feed is always linked.</summary>
    public const string Feeds = "Feeds";
    /// <summary>True for pages search engines should not index (search results, errors).</summary>
    public const string NoIndex = "NoIndex";
    /// <summary>The publication time of an article (UTC), for article:published_time.</summary>
    public const string Published = "Published";
}

/// <param name="Href">Relative to the site, e.g. "/chuyen-muc/van-ban/rss.xml".</param>
public sealed record FeedLink(string Title, string Href);
