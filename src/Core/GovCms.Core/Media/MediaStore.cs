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
/// {tenant base}/media/{yyyy}/{MM}/{file}. Files get new names, so a stored file never changes.
/// </summary>
public sealed class MediaStore(IOptions<MediaOptions> options, ICurrentTenant currentTenant, TimeProvider clock, IMemoryCache cache, ILogger<MediaStore> logger)
{
    public const string UrlSegment = "media";

    public long MaxImageBytes => options.Value.MaxImageBytes;

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
        var header = new byte[ImageFormat.HeaderLength];
        var read = await content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        if (ImageFormat.Detect(header.AsSpan(0, read)) is not { } format)
        {
            return new MediaUpload(null, $"Tệp \"{Path.GetFileName(file.FileName)}\" không phải là ảnh JPEG, PNG, GIF hoặc WebP. Hãy chọn một tệp ảnh.");
        }

        var now = clock.GetUtcNow();
        var relative = $"{now:yyyy}/{now:MM}/{Guid.CreateVersion7():N}.{format.Extension}";
        var path = Path.Combine(TenantFolder(), relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var target = File.Create(path))
        {
            await target.WriteAsync(header.AsMemory(0, read), cancellationToken);
            await content.CopyToAsync(target, cancellationToken);
        }

        CreateRenditions(path);
        return new MediaUpload($"{pathBase}/{UrlSegment}/{relative}", null);
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

    /// <summary>The stored file at <paramref name="relativePath"/> of the current tenant, or null when there is none.</summary>
    public (string PhysicalPath, ImageFormat Format)? Find(string relativePath)
    {
        var folder = TenantFolder();
        var path = Path.GetFullPath(Path.Combine(folder, relativePath));
        if (!path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path))
        {
            return null;
        }

        return ImageFormat.FromExtension(Path.GetExtension(path)) is { } format ? (path, format) : null;
    }

    private string TenantFolder() =>
        Path.GetFullPath(Path.Combine(options.Value.Root!, currentTenant.Required.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
