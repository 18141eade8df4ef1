using GovCms.Import;
using GovCms.Media;
using Microsoft.Extensions.Options;

namespace GovCms.Documents.Admin;

/// <summary>
/// Files between their preview and their import: kept under the media root (shared by the hosts) in "_imports/{site}",
/// outside every site's served folder, named by a random token. Left-overs older than a day go when another is kept.
/// </summary>
public sealed class ImportUploads(IOptions<MediaOptions> options)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    public async Task<string> KeepAsync(int siteId, Stream content, string fileName, CancellationToken cancellationToken)
    {
        var folder = Folder(siteId);
        Directory.CreateDirectory(folder);
        foreach (var old in new DirectoryInfo(folder).EnumerateFiles().Where(f => f.LastWriteTimeUtc < DateTime.UtcNow - Lifetime))
        {
            old.Delete();
        }

        var token = Guid.NewGuid().ToString("N") + Path.GetExtension(fileName).ToLowerInvariant();
        await using var file = File.Create(Path.Combine(folder, token));
        content.Position = 0;
        await content.CopyToAsync(file, cancellationToken);
        return token;
    }

    /// <summary>The kept file of the token, or null when the token is not one (or the file is gone).</summary>
    public string? Find(int siteId, string? token) =>
        token is { Length: > 32 } && Guid.TryParseExact(token[..32], "N", out _) && TableFile.IsTableName(token) && token[32..] is ".csv" or ".xlsx"
        && Path.Combine(Folder(siteId), token) is var path && File.Exists(path)
            ? path
            : null;

    public void Forget(int siteId, string token)
    {
        if (Find(siteId, token) is { } path)
        {
            File.Delete(path);
        }
    }

    private string Folder(int siteId) => Path.Combine(options.Value.Root!, "_imports", siteId.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
