using System.Text.RegularExpressions;
using GovCms.Content;
using GovCms.Data;
using GovCms.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GovCms.Media;

/// <summary>
/// Retiring a site into its successor keeps its files: the library's rows become the successor's, addresses of the
/// retired site's media in the moved content ("/xa-cu/media/...") become the successor's ("/xa-moi/media/..."), and
/// once the retirement is committed the files are copied into the successor's folder (the retired site's folder stays,
/// and its addresses answer 301 to the successor's). Nothing is copied in a dry run or when the retirement is rolled back.
/// </summary>
internal sealed partial class MediaRetirement(GovCmsDbContext db, ITenantScopes scopes, MediaStore store, ILogger<MediaRetirement> logger) : ITenantRetirementHandler
{
    public async Task RetireAsync(TenantContext retired, TenantContext successor, Action<string> report, CancellationToken cancellationToken)
    {
        var files = await scopes.Query<MediaFile>(SiteScope.Site(retired.Id)).ToListAsync(cancellationToken);
        foreach (var file in files)
        {
            file.TenantId = successor.Id;
        }

        var from = TenantUrls.BasePath(retired);
        var to = TenantUrls.BasePath(successor);
        var needle = $"{from}/{MediaStore.UrlSegment}/";
        var address = new Regex($@"(?<![\w\-./]){Regex.Escape(needle)}");
        // The moved versions, whether the move is still pending in this unit of work or already written.
        var versions = await scopes.Query<ContentVersionRecord>(SiteScope.Sites([retired.Id, successor.Id]))
            .Where(v => v.Data.Contains(needle)).ToListAsync(cancellationToken);
        var rewritten = 0;
        foreach (var version in versions)
        {
            var data = address.Replace(version.Data, $"{to}/{MediaStore.UrlSegment}/");
            if (data != version.Data)
            {
                version.Data = data;
                rewritten++;
            }
        }

        var source = store.FolderOf(retired.Id);
        if (files.Count > 0 || Directory.Exists(source))
        {
            report($"Giữ {files.Count} tệp của thư viện {retired.DisplayName} trong thư viện {successor.DisplayName}" +
                (rewritten > 0 ? $"; {rewritten} phiên bản nội dung trỏ tới tệp của {successor.DisplayName}." : "."));
            var target = store.FolderOf(successor.Id);
            await AfterCommit.RunAsync(db, _ => Task.Run(() => Copy(source, target)), cancellationToken);
        }
    }

    private void Copy(string source, string target)
    {
        if (!Directory.Exists(source))
        {
            return;
        }

        try
        {
            foreach (var path in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(source, path);
                if (relative.StartsWith('.'))
                {
                    continue;
                }

                var destination = Path.Combine(target, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                if (!File.Exists(destination))
                {
                    File.Copy(path, destination);
                }
            }
        }
        catch (IOException exception)
        {
            logger.LogError(exception, "Copying the media of a retired site from {Source} to {Target} failed; copy the folder by hand.", source, target);
        }
    }
}
