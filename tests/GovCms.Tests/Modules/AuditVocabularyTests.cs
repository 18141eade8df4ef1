using GovCms.Audit;
using GovCms.Data;
using GovCms.Tests.Infrastructure;
using GovCms.Tests.Modules.Announcements;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Modules;

/// <summary>Audit actions and their labels are declared by whoever writes them; the audit page shows every module's.</summary>
public abstract class AuditVocabularyTests(GovCmsSite site)
{
    [Fact]
    public async Task The_audit_page_names_a_modules_own_entries_with_its_labels()
    {
        var commune = site.Tenant(Demo.Commune);
        await site.InTenantAsync(commune, async services =>
        {
            services.GetRequiredService<IAuditLog>().Add(new AuditEvent(AnnouncementsModule.AuditCategory, AnnouncementsModule.Sent, "tb-1", "Lịch cắt điện") { UserName = "he.thong" });
            services.GetRequiredService<IAuditLog>().Add(new AuditEvent(AuditCategories.Content, AnnouncementsModule.Pinned, "tb-1", "Lịch cắt điện") { UserName = "he.thong" });
            return await services.GetRequiredService<GovCmsDbContext>().SaveChangesAsync();
        });

        using var admin = await site.SignedInAsync(Demo.Commune, Demo.Administrator(Demo.Commune));
        var page = await admin.Http.GetStringAsync($"/{Demo.Commune}/admin/audit?user=he.thong");

        Assert.Contains("Thông báo: Gửi thông báo", page);
        Assert.Contains("Nội dung: Ghim lên đầu trang", page);
        // The filter offers the module's category and actions next to the engine's and the workflow module's.
        Assert.Contains("<option value=\"announcement.sent\"", page);
        Assert.Contains("Gửi duyệt", page);
        Assert.Contains("Đăng nhập không thành công", page);
    }

    [Fact]
    public void An_action_of_a_category_nobody_declares_stops_the_host()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new AuditVocabulary([AuditLabel.ForAction("khong-co", "x", "X")]));
        Assert.Contains("'khong-co'", error.Message);
        Assert.Throws<InvalidOperationException>(() => new AuditVocabulary(
            [.. EngineAuditLabels.All, AuditLabel.ForAction(AuditCategories.Content, AuditActions.Published, "Đăng lần hai")]));
    }
}

public sealed class AuditVocabularySqliteTests(WithAnnouncementsSqliteSite site) : AuditVocabularyTests(site), IClassFixture<WithAnnouncementsSqliteSite>;

public sealed class AuditVocabularyPostgreSqlTests(WithAnnouncementsPostgreSqlSite site) : AuditVocabularyTests(site), IClassFixture<WithAnnouncementsPostgreSqlSite>;
