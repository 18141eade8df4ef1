using GovCms.Data;
using GovCms.Media;
using GovCms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Upgrade;

/// <summary>
/// A database of the previous release whose published articles show a picture of the site's media in their body:
/// after the upgrade the references table names them, so the library sees the file as used (and refuses to delete it).
/// </summary>
public abstract class ReferencesUpgradeTests(GovCmsSite site)
{
    public const string Picture = "/" + Demo.Commune + "/media/2025/06/tru-so.png";

    /// <summary>What the previous release stored when an editor put the picture at the top of an article's body.</summary>
    public const string PictureInArticles = $"""
        UPDATE "ContentItemVersions" SET "Data" = replace("Data", '"markdown":"', '"markdown":"![Trụ sở]({Picture}) ')
        WHERE "Published" AND "ContentType" = 'Article' AND "TenantId" = (SELECT "Id" FROM "Tenant" WHERE "UrlPrefix" = '{Demo.Commune}');
        """;

    [Fact]
    public async Task Files_the_previous_release_used_in_content_are_used_after_the_upgrade()
    {
        var (usages, scanned) = await site.InTenantAsync(site.Tenant(Demo.Commune), async services =>
        {
            var usages = (await services.GetRequiredService<IMediaLibrary>().UsagesAsync([Picture]))[Picture];
            // What the previous release's where-used found: a text scan of the stored versions.
            var scanned = await services.GetRequiredService<GovCmsDbContext>().Set<GovCms.Content.ContentVersionRecord>()
                .Where(v => v.Published && v.Data.Contains(Picture)).Select(v => v.ContentItemId).Distinct().OrderBy(id => id).ToListAsync();
            return (usages, scanned);
        });

        Assert.NotEmpty(scanned);
        Assert.Equal(scanned, usages.Select(u => u.Id).Order());
        Assert.All(usages, u => Assert.Equal("content", u.Kind));
    }
}

public sealed class ReferencesUpgradedSqliteSite() : UpgradedSqliteSite(ReferencesUpgradeTests.PictureInArticles);

public sealed class ReferencesUpgradedPostgreSqlSite() : UpgradedPostgreSqlSite(ReferencesUpgradeTests.PictureInArticles);

public sealed class ReferencesUpgradeSqliteTests(ReferencesUpgradedSqliteSite site) : ReferencesUpgradeTests(site), IClassFixture<ReferencesUpgradedSqliteSite>;

public sealed class ReferencesUpgradePostgreSqlTests(ReferencesUpgradedPostgreSqlSite site) : ReferencesUpgradeTests(site), IClassFixture<ReferencesUpgradedPostgreSqlSite>;
