using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using GovCms.Data;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Media;

/// <summary>
/// Files a site uploaded before the media library existed (images of the editor, the logo) have no row: the first time
/// a host lists a site's library, it lists them too, named as on disk and dated by the file. Renditions are no files
/// of their own. Two hosts doing it at once both try; the unique path keeps one row.
/// </summary>
public sealed partial class UnlistedMedia(GovCmsDbContext db)
{
    private static readonly ConcurrentDictionary<(string Root, int TenantId), bool> Done = new();

    public async Task ListAsync(int tenantId, string folder, CancellationToken cancellationToken)
    {
        if (Done.ContainsKey((folder, tenantId)))
        {
            return;
        }

        if (Directory.Exists(folder))
        {
            var listed = (await db.Set<MediaFile>().Select(f => f.Path).ToListAsync(cancellationToken)).ToHashSet();
            var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(path => (Path: path, Relative: Path.GetRelativePath(folder, path).Replace('\\', '/')))
                .Where(f => !f.Relative.StartsWith('.') && !listed.Contains(f.Relative) && !Rendition().IsMatch(f.Relative))
                .Select(f => (f.Path, f.Relative, Format: MediaFormat.FromExtension(Path.GetExtension(f.Path))))
                .Where(f => f.Format is not null)
                .Select(f => new MediaFile
                {
                    Path = f.Relative, Kind = f.Format!.Kind, ContentType = f.Format.ContentType, FileName = Path.GetFileName(f.Path),
                    Bytes = new FileInfo(f.Path).Length, UploadedUtc = File.GetLastWriteTimeUtc(f.Path),
                })
                .ToList();
            if (files.Count > 0)
            {
                db.AddRange(files);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException)
                {
                    // Another host listed them first.
                    foreach (var file in files)
                    {
                        db.Entry(file).State = EntityState.Detached;
                    }
                }
            }
        }

        Done[(folder, tenantId)] = true;
    }

    /// <summary>"…/0192…-640w.webp": a smaller copy of an upload (<see cref="ImageRenditions"/>).</summary>
    [GeneratedRegex(@"-\d+w\.webp$")]
    private static partial Regex Rendition();
}
