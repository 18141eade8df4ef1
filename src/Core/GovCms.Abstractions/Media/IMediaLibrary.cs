namespace GovCms.Media;

/// <summary>An uploaded file of the current site as the library lists it.</summary>
/// <param name="Url">Where it is served, with the site's base path: "/xa-dong-son/media/2026/03/0192….pdf".</param>
/// <param name="FileName">The name it was uploaded with ("Quyết định 12.pdf"), offered when it is downloaded.</param>
/// <param name="Format">What its content is, in words ("PDF", "Word", "MP3"...).</param>
public sealed record MediaFileInfo(long Id, string Url, string FileName, MediaKind Kind, string ContentType, string Format, long Bytes, DateTime UploadedUtc, string? UploadedBy);

/// <summary>One page of the library.</summary>
public sealed record MediaPage(IReadOnlyList<MediaFileInfo> Files, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));
}

/// <summary>Where a file is used: a content item or a setting of the site.</summary>
/// <param name="Kind">"content" or "setting".</param>
/// <param name="Id">The content item's id, or the setting's key ("LogoUrl").</param>
/// <param name="Title">What people call it: the item's title, or the setting's Vietnamese name.</param>
public sealed record MediaUsage(string Kind, string Id, string Title);

/// <summary>
/// The current site's files (documents, audio, video, images), for editors that let people choose or upload one, such as
/// an attachments field. Files are recognised by their content, never by their name; every kind has its own size limit.
/// </summary>
public interface IMediaLibrary
{
    /// <summary>The site's files, newest first, of one kind or all (<paramref name="kind"/> null).</summary>
    Task<MediaPage> ListAsync(MediaKind? kind, int page, int pageSize, CancellationToken cancellationToken = default);

    /// <summary>The site's file at <paramref name="url"/> (as <see cref="MediaFileInfo.Url"/> gives it), or null.</summary>
    Task<MediaFileInfo?> FindAsync(string url, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores an upload when its content is one of the recognised formats of an allowed kind (every kind when
    /// <paramref name="allowed"/> is null or empty) within that kind's size limit. Errors are keyed "file".
    /// </summary>
    Task<Outcome<MediaFileInfo>> UploadAsync(Stream content, string fileName, IReadOnlyCollection<MediaKind>? allowed = null, CancellationToken cancellationToken = default);

    /// <summary>Where the files are used (latest or published versions of content items, the site's settings), by file URL.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<MediaUsage>>> UsagesAsync(IReadOnlyCollection<string> urls, CancellationToken cancellationToken = default);
}
