using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using GovCms.Audit;
using GovCms.Data;
using GovCms.Tests.Infrastructure;
using GovCms.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Audit;

/// <summary>The append-only audit log: content, user and site events, filters, CSV, and no way to change an entry.</summary>
public abstract class AuditTrailTests(GovCmsSite site)
{
    private const string Slug = Demo.Commune;
    private static readonly string Api = $"/{Slug}/api/admin";

    [Fact]
    public async Task Content_events_are_logged_and_an_edit_keeps_what_changed_field_by_field()
    {
        using var admin = await site.SignedInAsync(Slug, Demo.Administrator(Slug));
        var created = await admin.CreateArticleAsync(Slug, "Thông báo lịch cắt nước");
        var id = Field(created, "id");
        var url = $"{Api}/content/{id}";
        var edited = await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, url,
            new { displayText = "Thông báo lịch cắt nước", summary = "Cắt nước từ 8 giờ đến 11 giờ.", body = "Nội dung.", concurrencyStamp = Field(created, "concurrencyStamp") });
        var published = await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{url}/publish", new { concurrencyStamp = Field(edited, "concurrencyStamp") });
        var unpublished = await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{url}/unpublish", new { concurrencyStamp = Field(published, "concurrencyStamp") });
        var restored = await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{url}/versions/1/restore", new { concurrencyStamp = Field(unpublished, "concurrencyStamp") });
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Delete, $"{url}?concurrencyStamp={Field(restored, "concurrencyStamp")}");

        var entries = await EntriesAsync(admin, $"objectId={id}");
        Assert.Equal(["deleted", "restored", "unpublished", "published", "edited", "created"], entries.Select(e => Field(e, "action")));
        Assert.All(entries, e => Assert.Equal(Demo.Administrator(Slug), Field(e, "userName")));

        var edit = JsonNode.Parse(Field(entries[4], "details"))!;
        var change = Assert.Single(edit["changes"]!.AsArray());
        Assert.Equal(("SummaryPart.text", "Tóm tắt", "Cắt nước từ 8 giờ đến 11 giờ."), (Field(change, "field"), Field(change, "before"), Field(change, "after")));
        var restore = JsonNode.Parse(Field(entries[1], "details"))!;
        Assert.Equal(1, restore["restoredFrom"]!.GetValue<int>());
        Assert.Contains(restore["changes"]!.AsArray(), c => Field(c, "field") == "SummaryPart.text" && Field(c, "after") == "Tóm tắt");
    }

    [Fact]
    public async Task Submissions_returns_approvals_and_publications_without_approval_are_logged()
    {
        await Editorial.EnsureBoardAsync(site, Slug);
        await Editorial.EnableApprovalAsync(site, Slug);
        try
        {
            using var author = await site.SignedInAsync(Slug, Demo.Author(Slug));
            using var reviewer = await site.SignedInAsync(Slug, Editorial.Reviewer(Slug));
            using var admin = await site.SignedInAsync(Slug, Demo.Administrator(Slug));
            var draft = await author.CreateArticleAsync(Slug, "Kế hoạch phòng chống lụt bão");
            var id = Field(draft, "id");
            await author.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{Api}/content/{id}/submit", new { concurrencyStamp = Field(draft, "concurrencyStamp"), note = "Bản đầu." });
            var task = (await reviewer.GetJsonAsync($"{Api}/workflows/tasks"))!.AsArray().Single(t => Field(t, "contentItemId") == id)!["id"]!.GetValue<long>();
            await reviewer.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Post, $"{Api}/workflows/tasks/{task}", new { action = "return", notes = "Thiếu danh sách hộ dân cần sơ tán." });
            await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{Api}/content/{id}/force-publish",
                new { concurrencyStamp = Field(draft, "concurrencyStamp"), reason = "Bão sắp vào, phải công bố ngay." });

            var entries = await EntriesAsync(admin, $"objectId={id}");
            Assert.Equal(["published-without-approval", "published", "returned", "submitted", "created"], entries.Select(e => Field(e, "action")));
            Assert.Equal(Editorial.Reviewer(Slug), Field(entries[2], "userName"));
            Assert.Equal("Thiếu danh sách hộ dân cần sơ tán.", Field(JsonNode.Parse(Field(entries[2], "details")), "notes"));
            Assert.Equal("Bão sắp vào, phải công bố ngay.", Field(JsonNode.Parse(Field(entries[0], "details")), "reason"));
        }
        finally
        {
            await site.InTenantAsync(site.Tenant(Slug), services =>
                services.GetRequiredService<GovCms.Workflows.Definitions.WorkflowDefinitionEditor>().DeleteAsync("duyet-bai"));
        }
    }

    [Fact]
    public async Task An_edit_of_the_body_keeps_the_markdown_typed_not_the_html_rendered_from_it()
    {
        using var admin = await site.SignedInAsync(Slug, Demo.Administrator(Slug));
        var created = await admin.CreateArticleAsync(Slug, "Thông báo lịch tiêm chủng");
        var id = Field(created, "id");
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"{Api}/content/{id}",
            new { displayText = "Thông báo lịch tiêm chủng", summary = "Tóm tắt", body = "**Lịch mới** từ thứ Hai.", concurrencyStamp = Field(created, "concurrencyStamp") });

        var edit = JsonNode.Parse(Field((await EntriesAsync(admin, $"objectId={id}&type=content.edited")).Single(), "details"))!;
        var fields = edit["changes"]!.AsArray().Select(c => Field(c, "field")).ToList();
        Assert.Contains("MarkdownBodyPart.markdown", fields);
        Assert.DoesNotContain(fields, f => f.EndsWith(".html", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sign_ins_failed_or_not_and_role_changes_are_logged_and_found_by_user_and_type()
    {
        using var visitor = site.Client();
        using (var wrong = await visitor.TryLoginAsync(Slug, Demo.Author(Slug), "Sai@mat-khau1"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var admin = await site.SignedInAsync(Slug, Demo.Administrator(Slug));
        var failed = await EntriesAsync(admin, $"user={Demo.Author(Slug)}&type=user.sign-in-failed");
        Assert.Contains(failed, e => Field(JsonNode.Parse(Field(e, "details")), "reason") == "Mật khẩu không đúng.");
        Assert.NotEmpty(await EntriesAsync(admin, $"user={Demo.Administrator(Slug)}&type=user.signed-in"));

        var users = (await admin.GetJsonAsync($"{Api}/users"))!.AsArray();
        var authorId = Field(users.Single(u => Field(u, "userName") == Demo.Author(Slug)), "id");
        await admin.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Put, $"{Api}/users/{authorId}/roles", new { roles = new[] { "Author", "Reviewer" } });
        await admin.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Put, $"{Api}/users/{authorId}/roles", new { roles = new[] { "Author" } });

        var changes = await EntriesAsync(admin, $"type=user.roles-changed&objectId={Demo.Author(Slug)}");
        var details = JsonNode.Parse(Field(changes[1], "details"))!;
        Assert.Equal(["Author"], details["before"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(["Author", "Reviewer"], details["after"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.All(await EntriesAsync(admin, "type=user"), e => Assert.Equal("user", Field(e, "category")));
    }

    [Fact]
    public async Task Site_settings_features_and_new_sites_are_logged()
    {
        const string district = Demo.District;
        using var admin = await site.SignedInAsync(district, Demo.Administrator(district));
        var tenant = await admin.GetJsonAsync($"/{district}/api/admin/tenant");
        var settings = tenant!["settings"]!.AsObject().ToDictionary(s => s.Key, s => s.Value!.GetValue<string>());
        settings["Phone"] = "0237 3 999 999";
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/{district}/api/admin/tenant", new { displayName = Field(tenant, "displayName"), settings });
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/{district}/api/admin/features/Workflows", new { enabled = false });
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/{district}/api/admin/features/Workflows", new { enabled = true });
        var child = await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/{district}/api/admin/tenants",
            new { displayName = "Phường Ba Đình", level = "commune", features = new[] { "Contents" } });

        var entries = await EntriesAsync(admin, "type=tenant", district);
        Assert.Equal(["feature-enabled", "feature-disabled", "settings-changed"], entries.Take(3).Select(e => Field(e, "action")));
        var change = Assert.Single(JsonNode.Parse(Field(entries[2], "details"))!["changes"]!.AsArray());
        Assert.Equal(("Phone", "0237 3 852 000", "0237 3 999 999"), (Field(change, "field"), Field(change, "before"), Field(change, "after")));

        // The district's administrator signs in on the new site below to read its log.
        using var onChild = await site.SignedInAsync(Field(child, "slug"), Demo.Administrator(district));
        var childLog = await EntriesAsync(onChild, "type=tenant.created", Field(child, "slug"));
        Assert.Equal(Field(child, "displayName"), Field(Assert.Single(childLog), "objectTitle"));
    }

    [Fact]
    public async Task The_log_is_filtered_by_days_in_Vietnam_and_downloaded_as_csv()
    {
        using var admin = await site.SignedInAsync(Slug, Demo.Administrator(Slug));
        var today = VietnamTime.ToLocal(site.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var day = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var yesterday = today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        Assert.NotEmpty(await EntriesAsync(admin, $"from={day}&to={day}&type=user.signed-in"));
        Assert.Empty(await EntriesAsync(admin, $"to={yesterday}&type=user.signed-in"));
        var bad = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, $"{Api}/audit?from=2026-13-40");
        Assert.Contains("2026-13-40", bad!["errors"]!["date"]![0]!.GetValue<string>());

        using var csv = await admin.GetAsync($"/{Slug}/admin/audit/export.csv?type=user.signed-in&from={day}");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Thời gian,Người thực hiện,Địa chỉ IP,Loại,Sự kiện,Đối tượng,Mã đối tượng,Chi tiết", lines[0]);
        Assert.Contains(lines, l => l.Contains($",{Demo.Administrator(Slug)},", StringComparison.Ordinal) && l.Contains("Người dùng,Đăng nhập,", StringComparison.Ordinal));

        var page = await admin.PageAsync($"/{Slug}/admin/audit?type=user.signed-in");
        Assert.Contains("Người dùng: Đăng nhập", page);
        using var author = await site.SignedInAsync(Slug, Demo.Author(Slug));
        Assert.Equal(HttpStatusCode.Forbidden, (await author.GetAsync($"/{Slug}/admin/audit")).StatusCode);
        await author.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Get, $"{Api}/audit");
    }

    [Fact]
    public async Task An_entry_can_be_neither_changed_nor_removed()
    {
        using var admin = await site.SignedInAsync(Slug, Demo.Administrator(Slug));
        var entry = (await EntriesAsync(admin, "type=user.signed-in"))[0];
        var id = entry["id"]!.GetValue<long>();

        foreach (var method in new[] { HttpMethod.Put, HttpMethod.Patch, HttpMethod.Delete })
        {
            using var response = await admin.SendJsonAsync(method, $"{Api}/audit/{id}", new { userName = "ai-do" });
            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"{method}: {(int)response.StatusCode}");
        }

        var refusals = await site.InTenantAsync(site.Tenant(Slug), async services =>
        {
            var db = services.GetRequiredService<GovCmsDbContext>();
            var stored = await db.Set<AuditEntry>().SingleAsync(e => e.Id == id);
            stored.UserName = "ai-do";
            var change = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            db.ChangeTracker.Clear();
            db.Remove(await db.Set<AuditEntry>().SingleAsync(e => e.Id == id));
            var removal = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            return (change.Message, removal.Message);
        });
        Assert.Contains("append-only", refusals.Item1);
        Assert.Contains("append-only", refusals.Item2);

        var again = (await EntriesAsync(admin, "type=user.signed-in")).Single(e => e!["id"]!.GetValue<long>() == id);
        Assert.Equal(Field(entry, "userName"), Field(again, "userName"));
    }

    private static async Task<List<JsonNode>> EntriesAsync(SiteClient admin, string query, string slug = Slug) =>
        (await admin.GetJsonAsync($"{Demo.Base(slug)}/api/admin/audit?{query}"))!["items"]!.AsArray().Select(e => e!).ToList();
}

public sealed class AuditTrailOnSqlite(WorkflowSqliteSite site) : AuditTrailTests(site), IClassFixture<WorkflowSqliteSite>;

public sealed class AuditTrailOnPostgreSql(WorkflowPostgreSqlSite site) : AuditTrailTests(site), IClassFixture<WorkflowPostgreSqlSite>;
