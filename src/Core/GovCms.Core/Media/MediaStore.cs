using GovCms.Data;
using GovCms.Tenants;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GovCms.Media;

public sealed record MediaUpload(string? Url, string? Error)
{
    public bool Succeeded => Url is not null;
}

/// <summary>
/// Uploaded files of the current tenant, on disk under {root}/{tenant id}/{yyyy}/{MM}/, served at
/// {tenant base}/media/{yyyy}/{MM}/{file}, each listed in the site's media library (<see cref="MediaFile"/>).
/// Files get new names from their recognised format, so a stored file never changes.
/// </summary>
public sealed class MediaStore(
    IOptions<MediaOptions> options, ICurrentTenant currentTenant, TimeProvider clock, IMemoryCache cache, GovCmsDbContext db,
    IHttpContextAccessor http, ILogger<MediaStore> logger)
{
    public const string UrlSegment = "media";

    /// <summary>Where uploads are written before their content is checked; never served (a ".tmp" is no format).</summary>
    private const string IncomingFolder = ".incoming";

    public long MaxImageBytes => options.Value.MaxImageBytes;

    public long MaxBytes(MediaKind kind) => options.Value.MaxBytes(kind);

    /// <summary>Stores the file when its content is a JPEG, PNG, GIF or WebP image within the size limit.</summary>
    /// <returns>The URL of the stored image, including <paramref name="pathBase"/>, or a Vietnamese reason.</returns>
    public async Task<MediaUpload> SaveImageAsync(IFormFile file, PathString pathBase, CancellationToken cancellationToken = default)
    {
        if (file.Length == 0)
        {
            return new MediaUpload(null, "Tệp ảnh tải lên rỗng. Hãy chọn lại tệp.");
        }

        if (file.Length > MaxImageBytes)
        {
            return new MediaUpload(null, $"Ảnh quá lớn ({file.Length / 1024.0 / 1024.0:0.#} MB). Dung lượng tối đa là {MaxImageBytes / 1024 / 1024} MB.");
        }

        await using var content = file.OpenReadStream();
        var stored = await StoreAsync(content, file.FileName, [MediaKind.Image], cancellationToken);
        return stored.Succeeded ? new MediaUpload(UrlOf(stored.Value!, pathBase), null) : new MediaUpload(null, stored.Message);
    }

    /// <summary>
    /// Stores an upload of one of the <paramref name="allowed"/> kinds (every kind when null or empty), recognised by its
    /// content and within its kind's limit, and lists it in the library. Errors are keyed "file".
    /// </summary>
    public async Task<Outcome<MediaFile>> StoreAsync(Stream content, string fileName, IReadOnlyCollection<MediaKind>? allowed, CancellationToken cancellationToken = default)
    {
        var kinds = allowed is { Count: > 0 } ? allowed : MediaKinds.All;
        var name = OriginalName(fileName);
        var largest = kinds.Max(MaxBytes);
        var incoming = Path.Combine(TenantFolder(), IncomingFolder, $"{Guid.NewGuid():N}.tmp");
        Directory.CreateDirectory(Path.GetDirectoryName(incoming)!);
        try
        {
            long length;
            await using (var target = new FileStream(incoming, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                length = await CopyAtMostAsync(content, target, largest + 1, cancellationToken);
                if (length == 0)
                {
                    return Refused("Tệp tải lên rỗng. Hãy chọn lại tệp.");
                }

                if (length > largest)
                {
                    return Refused($"Tệp \"{name}\" quá lớn: tối đa {MediaSize.Format(largest)}.");
                }

                target.Position = 0;
                if (MediaSniffer.Detect(target) is not { } format)
                {
                    return Refused($"Tệp \"{name}\" không phải là {MediaText.Accepted(kinds)}. Hãy chọn {MediaText.Choose(kinds)}.");
                }

                if (!kinds.Contains(format.Kind))
                {
                    return Refused($"Tệp \"{name}\" là {MediaText.Kind(format.Kind)} {format.Name}; ở đây chỉ nhận {MediaText.Accepted(kinds)}.");
                }

                if (length > MaxBytes(format.Kind))
                {
                    return Refused($"{MediaText.Capitalised(format.Kind)} quá lớn ({MediaSize.Format(length)}). Dung lượng tối đa của {MediaText.Kind(format.Kind)} là {MediaSize.Format(MaxBytes(format.Kind))}.");
                }

                return await KeepAsync(target, incoming, format, name, length, cancellationToken);
            }
        }
        finally
        {
            File.Delete(incoming);
        }
    }

    private async Task<Outcome<MediaFile>> KeepAsync(FileStream incoming, string incomingPath, MediaFormat format, string name, long length, CancellationToken cancellationToken)
    {
        await incoming.DisposeAsync();
        var now = clock.GetUtcNow();
        var relative = $"{now:yyyy}/{now:MM}/{Guid.CreateVersion7():N}.{format.Extension}";
        var path = Path.Combine(TenantFolder(), relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Move(incomingPath, path);
        if (format.Kind == MediaKind.Image)
        {
            CreateRenditions(path);
        }

        var file = new MediaFile
        {
            Path = relative, Kind = format.Kind, ContentType = format.ContentType, FileName = name, Bytes = length,
            UploadedUtc = now.UtcDateTime, UploadedBy = http.HttpContext?.User.Identity?.Name,
        };
        db.Add(file);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            DeleteFromDisk(relative);
            throw;
        }

        return Outcome<MediaFile>.Ok(file);
    }

    /// <summary>The URL a stored file is served at on the current site.</summary>
    public static string UrlOf(MediaFile file, PathString pathBase) => $"{pathBase}/{UrlSegment}/{file.Path}";

    /// <summary>Removes a stored file and its renditions from the current site's folder.</summary>
    public void DeleteFromDisk(string relativePath)
    {
        if (FindFile(relativePath) is not { } file)
        {
            return;
        }

        File.Delete(file.PhysicalPath);
        if (file.Format.Kind == MediaKind.Image)
        {
            var folder = Path.GetDirectoryName(file.PhysicalPath)!;
            foreach (var width in ImageRenditions.Widths)
            {
                File.Delete(Path.Combine(folder, ImageRenditions.FileName(file.PhysicalPath, width)));
            }
        }

        cache.Remove(("media", file.PhysicalPath));
    }

    private static Outcome<MediaFile> Refused(string message) => Outcome<MediaFile>.Invalid("file", message);

    /// <summary>The name as the browser sent it, without a path and control characters, at most 255 characters.</summary>
    private static string OriginalName(string fileName)
    {
        var name = new string(Path.GetFileName(fileName.Replace('\\', '/')).Where(c => !char.IsControl(c)).ToArray()).Trim();
        name = string.IsNullOrEmpty(name) ? "tep" : name.Normalize(System.Text.NormalizationForm.FormC);
        return name.Length <= MediaModel.MaxFileNameLength ? name : name[..MediaModel.MaxFileNameLength];
    }

    private static async Task<long> CopyAtMostAsync(Stream source, Stream target, long limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while (total < limit && (read = await source.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, limit - total)), cancellationToken)) > 0)
        {
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            total += read;
        }

        return total;
    }

    /// <summary>
    /// The image at <paramref name="url"/> with its size and renditions, when it is a file of this site;
    /// otherwise just the URL. Files never change, so what is read from disk is kept in memory.
    /// </summary>
    public MediaImage Describe(string url, PathString pathBase)
    {
        var own = $"{pathBase}/{UrlSegment}/";
        if (!url.StartsWith(own, StringComparison.Ordinal) || Find(url[own.Length..]) is not { } file)
        {
            return new MediaImage(url, null, null, []);
        }

        var described = cache.GetOrCreate(("media", file.PhysicalPath), entry =>
        {
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            var size = ImageRenditions.Measure(file.PhysicalPath);
            var folder = Path.GetDirectoryName(file.PhysicalPath)!;
            var widths = ImageRenditions.Widths
                .Where(width => File.Exists(Path.Combine(folder, ImageRenditions.FileName(file.PhysicalPath, width))))
                .ToList();
            return (size, widths);
        });
        var baseUrl = url[..(url.LastIndexOf('/') + 1)];
        var renditions = described.widths.Select(width => new ImageRendition(baseUrl + ImageRenditions.FileName(url, width), width)).ToList();
        return new MediaImage(url, described.size?.Width, described.size?.Height, renditions);
    }

    /// <summary>A failure to resize leaves the upload as it is: pages then show the original.</summary>
    private void CreateRenditions(string path)
    {
        try
        {
            ImageRenditions.Create(path);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "No renditions for {Path}.", path);
        }
    }

    /// <summary>Whether the URL points at a file this tenant uploaded (so a form cannot smuggle in any other address).</summary>
    public static bool IsOwnUrl(string url, PathString pathBase) =>
        url.StartsWith($"{pathBase}/{UrlSegment}/", StringComparison.Ordinal) && !url.Contains("..", StringComparison.Ordinal);

    /// <summary>The stored image at <paramref name="relativePath"/> of the current tenant, or null when there is none.</summary>
    public (string PhysicalPath, ImageFormat Format)? Find(string relativePath) =>
        FindFile(relativePath) is { } file && ImageFormat.FromExtension(file.Format.Extension) is { } image ? (file.PhysicalPath, image) : null;

    /// <summary>The stored file of any format at <paramref name="relativePath"/> of the current tenant, or null when there is none.</summary>
    public (string PhysicalPath, MediaFormat Format)? FindFile(string relativePath)
    {
        var folder = TenantFolder();
        var path = Path.GetFullPath(Path.Combine(folder, relativePath));
        if (!path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path))
        {
            return null;
        }

        return MediaFormat.FromExtension(Path.GetExtension(path)) is { } format ? (path, format) : null;
    }

    private string TenantFolder() => FolderOf(currentTenant.Required.Id);

    /// <summary>The folder of a tenant's files.</summary>
    public string FolderOf(int tenantId) =>
        Path.GetFullPath(Path.Combine(options.Value.Root!, tenantId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
