using System.Net;
using GovCms.Data;
using GovCms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Upgrade;

/// <summary>
/// A database made by the previous release (tests/fixtures/upgrade) is migrated by the current host at startup, and
/// nothing is lost: every site, account, item, version, category, audit entry and workflow run is still there, and
/// the items read through the API are the ones the previous release stored.
/// </summary>
public abstract class UpgradeTests(GovCmsSite site)
{
    private const string Commune = Demo.Commune;
    private const string DraftTitle = "Lịch tiếp công dân tháng 12";

    /// <summary>Counted with the tables as they are after the upgrade (a migration that renames one updates this list).</summary>
    private static readonly Dictionary<string, string> CountQueries = new()
    {
        ["tenants"] = "SELECT COUNT(*) AS \"Value\" FROM \"Tenant\"",
        ["users"] = "SELECT COUNT(*) AS \"Value\" FROM \"AspNetUsers\"",
        ["contentItems"] = "SELECT COUNT(*) AS \"Value\" FROM \"ContentItems\"",
        ["contentVersions"] = "SELECT COUNT(*) AS \"Value\" FROM \"ContentItemVersions\"",
        ["publishedVersions"] = "SELECT COUNT(*) AS \"Value\" FROM \"ContentItemVersions\" WHERE \"Published\"",
        ["categories"] = "SELECT COUNT(*) AS \"Value\" FROM \"Category\"",
        ["auditEntries"] = "SELECT COUNT(*) AS \"Value\" FROM \"AuditEntries\"",
        ["workflowDefinitions"] = "SELECT COUNT(*) AS \"Value\" FROM \"WorkflowDefinitions\"",
        ["workflowInstances"] = "SELECT COUNT(*) AS \"Value\" FROM \"WorkflowInstances\"",
        ["workflowTasks"] = "SELECT COUNT(*) AS \"Value\" FROM \"WorkflowTasks\"",
    };

    [Fact]
    public async Task Every_row_of_the_previous_release_is_still_there()
    {
        var counts = await site.InTenantAsync(null, async services =>
        {
            var db = services.GetRequiredService<GovCmsDbContext>();
            var found = new Dictionary<string, long>();
            foreach (var (name, sql) in CountQueries)
            {
                found[name] = await db.Database.SqlQueryRaw<long>(sql).SingleAsync();
            }

            return found;
        });

        foreach (var (name, expected) in UpgradeFixture.Counts)
        {
            Assert.True(counts.TryGetValue(name, out var actual), $"No count for '{name}'.");
            // Rows may be added by the upgrade (e.g. the audit of what it moved), never removed.
            Assert.True(actual >= expected, $"{name}: {expected} before the upgrade, {actual} after.");
        }

        Assert.Equal(UpgradeFixture.Counts["contentItems"], counts["contentItems"]);
        Assert.Equal(UpgradeFixture.Counts["contentVersions"], counts["contentVersions"]);
        Assert.Equal(UpgradeFixture.Counts["workflowInstances"], counts["workflowInstances"]);
        Assert.Equal(site.Catalog.Count, (int)counts["tenants"]);
    }

    [Fact]
    public async Task Drafts_versions_workflows_and_the_audit_log_read_back_through_the_api()
    {
        using var admin = site.Client();
        await admin.LoginAsync(Commune, Demo.Administrator(Commune), UpgradeFixture.Password);

        var drafts = await admin.GetJsonAsync($"/{Commune}/api/admin/content?type=Article&q={Uri.EscapeDataString(DraftTitle)}");
        var draft = drafts!["items"]!.AsArray().Single(i => i!["displayText"]!.GetValue<string>() == DraftTitle)!;
        var id = draft["id"]!.GetValue<string>();
        Assert.Equal(3, draft["version"]!.GetValue<int>());
        Assert.Null(draft["publishedVersion"]?.GetValue<int?>());
        Assert.Equal("Lịch tiếp công dân của Đảng ủy, UBND phường.", draft["summary"]!.GetValue<string>());

        var history = await admin.GetJsonAsync($"/{Commune}/api/admin/content/{id}/versions");
        Assert.Equal(3, history!.AsArray().Count);

        // Submitted for approval before the upgrade: the run still waits for the approver.
        var editorial = await admin.GetJsonAsync($"/{Commune}/api/admin/content/{id}/editorial");
        Assert.False(string.IsNullOrEmpty(editorial!["waitingFor"]?.GetValue<string>()), editorial.ToJsonString());

        var submitted = await admin.GetJsonAsync($"/{Commune}/api/admin/audit?type=content.submitted&objectId={id}");
        Assert.Equal(1, submitted!["total"]!.GetValue<int>());

        // The page republished before the upgrade is served as it was published.
        using var visitor = site.Client();
        var page = await visitor.GetJsonAsync($"/{Commune}/api/content/Page/gioi-thieu");
        Assert.Equal("Giới thiệu Phường Đông Sơn (đã cập nhật).", page!["summary"]!.GetValue<string>());
        using var home = await visitor.Http.GetAsync($"/{Commune}/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }
}

public sealed class UpgradeSqliteTests(UpgradedSqliteSite site) : UpgradeTests(site), IClassFixture<UpgradedSqliteSite>;

public sealed class UpgradePostgreSqlTests(UpgradedPostgreSqlSite site) : UpgradeTests(site), IClassFixture<UpgradedPostgreSqlSite>;
