using GovCms.Content;
using GovCms.Data;
using GovCms.Tenants;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Media;

/// <summary>
/// The media library of the current site: its files page by page, uploads of every kind, where each file is used,
/// and deleting a file no content or setting uses. Where-used reads the references the engine keeps in the same
/// transaction as every content change (<see cref="ContentReference"/>) and the site's settings, so it is right
/// after any edit or deletion.
/// </summary>
public sealed class MediaLibrary(GovCmsDbContext db, MediaStore store, ICurrentTenant currentTenant, IHttpContextAccessor http, UnlistedMedia unlisted) : IMediaLibrary
{
    public async Task<MediaPage> ListAsync(MediaKind? kind, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        (page, pageSize) = Paging.Clamp(page, pageSize);
        await unlisted.ListAsync(currentTenant.Required.Id, store.FolderOf(currentTenant.Required.Id), cancellationToken);
        var query = db.Set<MediaFile>().AsNoTracking();
        if (kind is { } only)
        {
            query = query.Where(f => f.Kind == only);
        }

        var total = await query.CountAsync(cancellationToken);
        var files = await query.OrderByDescending(f => f.UploadedUtc).ThenByDescending(f => f.Id).Page(page, pageSize).ToListAsync(cancellationToken);
        return new MediaPage(files.Select(Info).ToList(), page, pageSize, total);
    }

    public async Task<MediaFileInfo?> FindAsync(string url, CancellationToken cancellationToken = default) =>
        RelativePath(url) is { } path && await db.Set<MediaFile>().AsNoTracking().FirstOrDefaultAsync(f => f.Path == path, cancellationToken) is { } file
            ? Info(file)
            : null;

    public async Task<MediaFileInfo?> FindAsync(long id, CancellationToken cancellationToken = default) =>
        await db.Set<MediaFile>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken) is { } file ? Info(file) : null;

    public async Task<Outcome<MediaFileInfo>> UploadAsync(Stream content, string fileName, IReadOnlyCollection<MediaKind>? allowed = null, CancellationToken cancellationToken = default)
    {
        var stored = await store.StoreAsync(content, fileName, allowed, cancellationToken);
        return stored.Succeeded ? Outcome<MediaFileInfo>.Ok(Info(stored.Value!)) : stored.As<MediaFileInfo>();
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<MediaUsage>>> UsagesAsync(IReadOnlyCollection<string> urls, CancellationToken cancellationToken = default)
    {
        var paths = urls.Distinct().ToDictionary(url => url, RelativePath);
        var wanted = paths.Values.OfType<string>().Distinct().ToList();
        // The references the engine keeps on every save of content (the latest and the published version of each item).
        var rows = wanted.Count == 0 ? [] : await db.Set<ContentReference>().AsNoTracking()
            .Where(r => r.Kind == ContentReferenceKinds.Media && wanted.Contains(r.Target))
            .Join(db.Set<ContentItemRecord>(), r => r.FromItemId, i => i.Id, (r, i) => new { r.Target, i.Id, i.DisplayText })
            .Distinct().ToListAsync(cancellationToken);
        var found = new Dictionary<string, IReadOnlyList<MediaUsage>>();
        foreach (var (url, path) in paths)
        {
            var usages = new List<MediaUsage>();
            if (path is not null)
            {
                usages.AddRange(rows.Where(r => r.Target == path).OrderBy(r => r.DisplayText, StringComparer.Ordinal).Select(r => new MediaUsage("content", r.Id, r.DisplayText)));
                var needle = $"/{MediaStore.UrlSegment}/{path}";
                foreach (var (key, _) in currentTenant.Required.Settings.Where(s => s.Value.Contains(needle, StringComparison.Ordinal)).OrderBy(s => s.Key))
                {
                    usages.Add(new MediaUsage("setting", key, SettingTitle(key)));
                }
            }

            found[url] = usages;
        }

        return found;
    }

    /// <summary>Deletes the file unless something uses it; the refusal says where it is used (error "file").</summary>
    public async Task<Outcome<MediaFileInfo>> DeleteAsync(long id, CancellationToken cancellationToken = default)
    {
        if (await db.Set<MediaFile>().FirstOrDefaultAsync(f => f.Id == id, cancellationToken) is not { } file)
        {
            return Outcome<MediaFileInfo>.NotFound("Không có tệp này trong thư viện.");
        }

        var info = Info(file);
        var usages = (await UsagesAsync([info.Url], cancellationToken))[info.Url];
        if (usages.Count > 0)
        {
            return Outcome<MediaFileInfo>.Fail(OutcomeFailure.Conflict, "file",
                $"Không xóa được \"{file.FileName}\": tệp đang được dùng ở {string.Join("; ", usages.Select(Describe))}. Hãy bỏ tệp khỏi những chỗ đó trước.");
        }

        db.Remove(file);
        await db.SaveChangesAsync(cancellationToken);
        store.DeleteFromDisk(file.Path);
        return Outcome<MediaFileInfo>.Ok(info);
    }

    /// <summary>"bài \"Lễ ra quân\"" or "cài đặt cổng: Biểu trưng (logo)".</summary>
    public static string Describe(MediaUsage usage) =>
        usage.Kind == "content" ? $"nội dung \"{usage.Title}\"" : $"cài đặt cổng ({usage.Title})";

    private static string SettingTitle(string key) =>
        key == SiteSettings.LogoUrl ? "Biểu trưng (logo)" : SiteSettings.Fields.FirstOrDefault(f => f.Key == key)?.Label ?? key;

    private MediaFileInfo Info(MediaFile file)
    {
        var format = MediaFormat.FromExtension(Path.GetExtension(file.Path));
        return new MediaFileInfo(file.Id, MediaStore.UrlOf(file, BasePath), file.FileName, file.Kind, file.ContentType, format?.Name ?? file.ContentType,
            file.Bytes, file.UploadedUtc, file.UploadedBy);
    }

    /// <summary>The site's base path as the request reached it (a prefix or, on its own host name, nothing).</summary>
    private PathString BasePath => http.HttpContext is { } context ? context.Request.PathBase : new PathString(TenantUrls.BasePath(currentTenant.Required));

    /// <summary>"2026/03/x.pdf" of an address of this site's media, with either base path; null for anything else.</summary>
    private string? RelativePath(string url)
    {
        foreach (var basePath in new[] { BasePath.Value ?? "", TenantUrls.BasePath(currentTenant.Required) }.Distinct())
        {
            var prefix = $"{basePath}/{MediaStore.UrlSegment}/";
            if (url.StartsWith(prefix, StringComparison.Ordinal) && !url.Contains("..", StringComparison.Ordinal) && url.Length > prefix.Length)
            {
                return url[prefix.Length..];
            }
        }

        return null;
    }
}
