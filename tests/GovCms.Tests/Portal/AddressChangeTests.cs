using System.Net;
using GovCms.Redirects;
using GovCms.Tests.Admin;
using GovCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Portal;

/// <summary>
/// Finding 12: a published item's address never changes silently; changed on purpose, the old address answers 301
/// to the new one (chains collapse, no loops) and the menu follows the item.
/// </summary>
public abstract class AddressChangeTests(GovCmsSite site)
{
    [Fact]
    public async Task A_new_title_keeps_the_address_of_a_published_article_in_the_api_and_the_editor()
    {
        const string slug = Demo.Commune;
        using var admin = await site.SignedInAsync(slug, Demo.Administrator(slug));
        var item = await admin.CreateArticleAsync(slug, "Hội nghị sơ kết quý I", publish: true);
        var id = Field(item, "id");
        var api = $"/{slug}/api/admin/content/{id}";

        var renamed = await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, api,
            new { displayText = "Hội nghị sơ kết quý I năm 2026", concurrencyStamp = Field(item, "concurrencyStamp"), publish = true });
        Assert.Equal("hoi-nghi-so-ket-quy-i", Field(renamed, "slug"));

        var refused = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Put, api,
            new { displayText = "Hội nghị sơ kết quý I năm 2026", slug = "so-ket-quy-i", concurrencyStamp = Field(renamed, "concurrencyStamp") });
        Assert.Contains("\"Đổi địa chỉ\"", refused!["errors"]!["slug"]![0]!.GetValue<string>());

        // The form as a browser without JavaScript posts it: a new title, the slug field as it was.
        var editor = $"/{slug}/admin/content/{id}";
        var page = await admin.PageAsync(editor);
        Assert.Contains("name=\"ChangeSlug\"", page);
        Assert.DoesNotContain("data-slug-from", page);
        await admin.PostFormExpectingRedirectAsync(editor, editor,
            [("DisplayText", "Hội nghị sơ kết quý I: kết quả"), ("Slug", ""), ("ConcurrencyStamp", Field(renamed, "concurrencyStamp")), ("intent", "publish")]);
        Assert.Equal("hoi-nghi-so-ket-quy-i", Field(await admin.GetJsonAsync(api), "slug"));

        using var typed = await admin.PostFormAsync(editor, editor,
            [("DisplayText", "Hội nghị sơ kết quý I: kết quả"), ("Slug", "ket-qua-quy-i"), ("ConcurrencyStamp", Field(await admin.GetJsonAsync(api), "concurrencyStamp")), ("intent", "publish")]);
        Assert.StartsWith("Bài đã đăng ở địa chỉ \"/tin-tuc/hoi-nghi-so-ket-quy-i\"", AdminPages.FieldError(WebUtility.HtmlDecode(await typed.Content.ReadAsStringAsync()), "Slug"));
        Assert.Equal(HttpStatusCode.OK, (await site.Client().GetAsync($"/{slug}/tin-tuc/hoi-nghi-so-ket-quy-i")).StatusCode);
    }

    [Fact]
    public async Task Changed_on_purpose_the_old_address_answers_301_once_published_and_chains_collapse_without_loops()
    {
        const string slug = Demo.SiblingCommune;
        using var admin = await site.SignedInAsync(slug, Demo.Administrator(slug));
        using var citizen = site.Client();
        var item = await admin.CreateArticleAsync(slug, "Kế hoạch thu gom rác", publish: true);
        var id = Field(item, "id");

        var draft = await ChangeSlugAsync(admin, slug, id, "ke-hoach-thu-gom-rac-2026", publish: false);
        // Until the new version is published, the published one is still at its address.
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync($"/{slug}/tin-tuc/ke-hoach-thu-gom-rac")).StatusCode);
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/{slug}/api/admin/content/{id}/publish", new { concurrencyStamp = Field(draft, "concurrencyStamp") });
        Assert.Equal($"/{slug}/tin-tuc/ke-hoach-thu-gom-rac-2026?trang=2", await RedirectAsync(citizen, $"/{slug}/tin-tuc/ke-hoach-thu-gom-rac?trang=2"));
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync($"/{slug}/tin-tuc/ke-hoach-thu-gom-rac-2026")).StatusCode);

        await ChangeSlugAsync(admin, slug, id, "thu-gom-rac", publish: true);
        Assert.Equal($"/{slug}/tin-tuc/thu-gom-rac", await RedirectAsync(citizen, $"/{slug}/tin-tuc/ke-hoach-thu-gom-rac"));
        Assert.Equal($"/{slug}/tin-tuc/thu-gom-rac", await RedirectAsync(citizen, $"/{slug}/tin-tuc/ke-hoach-thu-gom-rac-2026"));

        // Back to the first address: it is live again and nothing loops.
        await ChangeSlugAsync(admin, slug, id, "ke-hoach-thu-gom-rac", publish: true);
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync($"/{slug}/tin-tuc/ke-hoach-thu-gom-rac")).StatusCode);
        Assert.Equal($"/{slug}/tin-tuc/ke-hoach-thu-gom-rac", await RedirectAsync(citizen, $"/{slug}/tin-tuc/thu-gom-rac"));
        var rows = await site.InTenantAsync(site.Tenant(slug), s => s.GetRequiredService<RedirectStore>().ListAsync(site.Tenant(slug).Id));
        Assert.All(rows.Where(r => r.FromPath.Contains("thu-gom-rac", StringComparison.Ordinal)), r => Assert.Equal("/tin-tuc/ke-hoach-thu-gom-rac", r.ToPath));
        Assert.DoesNotContain(rows, r => r.FromPath == r.ToPath || r.FromPath == "/tin-tuc/ke-hoach-thu-gom-rac");

        // Other sites and the admin are not redirected.
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/{Demo.Commune}/tin-tuc/thu-gom-rac")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/{slug}/api/content/Article/thu-gom-rac")).StatusCode);
    }

    [Fact]
    public async Task Changing_a_pages_address_in_the_editor_moves_its_menu_entry_with_it()
    {
        const string slug = Demo.OtherDistrictCommune;
        using var admin = await site.SignedInAsync(slug, Demo.Administrator(slug));
        var page = (await admin.GetJsonAsync($"/{slug}/api/admin/content?type=Page&q=gioi+thieu"))!["items"]!.AsArray().Single(p => Field(p, "slug") == "gioi-thieu")!;
        var editor = $"/{slug}/admin/content/{Field(page, "id")}";
        await admin.PostFormExpectingRedirectAsync(editor, editor,
            [("DisplayText", Field(page, "displayText")), ("Slug", "gioi-thieu-xa-xuan-hong"), ("ChangeSlug", "true"), ("Summary", Field(page, "summary")), ("Body", Field(page, "body")),
             ("ConcurrencyStamp", Field(page, "concurrencyStamp")), ("intent", "publish")]);

        Assert.Contains(site.Tenant(slug).Menu, e => e.Url == "/trang/gioi-thieu-xa-xuan-hong");
        Assert.DoesNotContain(site.Tenant(slug).Menu, e => e.Url == "/trang/gioi-thieu");
        using var citizen = site.Client();
        Assert.Contains($"href=\"/{slug}/trang/gioi-thieu-xa-xuan-hong\"", await citizen.PageAsync($"/{slug}/"));
        Assert.Equal($"/{slug}/trang/gioi-thieu-xa-xuan-hong", await RedirectAsync(citizen, $"/{slug}/trang/gioi-thieu"));
    }

    [Fact]
    public async Task An_address_changed_in_a_draft_under_approval_moves_when_the_approver_publishes()
    {
        const string slug = "thi-tran-tho-xuan";
        await Editorial.EnsureBoardAsync(site, slug);
        await Editorial.EnableApprovalAsync(site, slug, steps: 1, contentTypes: ["Page"]);
        using var admin = await site.SignedInAsync(slug, Demo.Administrator(slug));
        var page = (await admin.GetJsonAsync($"/{slug}/api/admin/content?type=Page&q=phat+ngon"))!["items"]!.AsArray().Single()!;
        var id = Field(page, "id");
        var draft = await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/{slug}/api/admin/content/{id}",
            new { displayText = Field(page, "displayText"), slug = "nguoi-phat-ngon", changeSlug = true, summary = Field(page, "summary"), body = Field(page, "body"), concurrencyStamp = Field(page, "concurrencyStamp") });
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/{slug}/api/admin/content/{id}/submit", new { concurrencyStamp = Field(draft, "concurrencyStamp") });

        using var approver = await site.SignedInAsync(slug, Editorial.Approver(slug));
        var task = (await approver.GetJsonAsync($"/{slug}/api/admin/workflows/tasks"))!.AsArray().Single(t => Field(t, "contentItemId") == id)!["id"]!.GetValue<long>();
        await approver.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Post, $"/{slug}/api/admin/workflows/tasks/{task}", new { action = "approve" });

        Assert.Contains(site.Tenant(slug).Menu.SelectMany(e => e.Children), e => e.Url == "/trang/nguoi-phat-ngon");
        Assert.Equal($"/{slug}/trang/nguoi-phat-ngon", await RedirectAsync(site.Client(), $"/{slug}/trang/phat-ngon-bao-chi"));
    }

    private static async Task<System.Text.Json.Nodes.JsonNode> ChangeSlugAsync(SiteClient admin, string slug, string id, string newSlug, bool publish)
    {
        var current = await admin.GetJsonAsync($"/{slug}/api/admin/content/{id}");
        return (await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/{slug}/api/admin/content/{id}",
            new { displayText = Field(current, "displayText"), slug = newSlug, changeSlug = true, concurrencyStamp = Field(current, "concurrencyStamp"), publish }))!;
    }

    private static async Task<string?> RedirectAsync(SiteClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.MovedPermanently, $"GET {url}: expected 301, got {(int)response.StatusCode}");
        return response.Headers.Location?.OriginalString;
    }
}

public sealed class AddressChangeOnSqlite(WorkflowSqliteSite site) : AddressChangeTests(site), IClassFixture<WorkflowSqliteSite>;

public sealed class AddressChangeOnPostgreSql(WorkflowPostgreSqlSite site) : AddressChangeTests(site), IClassFixture<WorkflowPostgreSqlSite>;
