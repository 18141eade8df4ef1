using System.Net;
using GovCms.Tests.Infrastructure;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Admin;

/// <summary>
/// Finding 11: "Gỡ khỏi cổng" and "Xóa" in the content list and the editor, each confirmed on a page of its own
/// (no JavaScript needed), for people with the permission only; "Đăng" or "Lưu nháp" with nothing changed adds no version.
/// Finding 12 (menu): taking an item off warns about the menu entries linking to it, which leave the menu.
/// </summary>
public abstract class ContentRemovalTests(GovCmsSite site)
{
    [Fact]
    public async Task An_approver_takes_a_published_article_off_the_portal_from_the_list_after_confirming()
    {
        const string slug = Demo.Commune;
        using var admin = await site.SignedInAsync(slug, Demo.Administrator(slug));
        var item = await admin.CreateArticleAsync(slug, "Thông báo tạm ngừng cấp nước khu phố 3", publish: true);
        var id = Field(item, "id");
        Assert.Equal(HttpStatusCode.OK, (await site.Client().GetAsync($"/{slug}/tin-tuc/{Field(item, "slug")}")).StatusCode);

        var list = await admin.PageAsync($"/{slug}/admin/content?type=Article&q=tam+ngung+cap+nuoc");
        var confirm = $"/{slug}/admin/content/{id}/unpublish";
        Assert.Contains($"href=\"{confirm}\"", list);
        Assert.Contains($"href=\"/{slug}/admin/content/{id}/delete\"", list);
        Assert.Contains($"href=\"{confirm}\"", await admin.PageAsync($"/{slug}/admin/content/{id}"));

        var page = await admin.PageAsync(confirm);
        Assert.Contains("Gỡ \"Thông báo tạm ngừng cấp nước khu phố 3\" khỏi cổng?", page);
        Assert.Contains($"<form method=\"post\" class=\"actions\" action=\"{confirm}\">", page);
        var location = await admin.PostFormExpectingRedirectAsync(confirm, confirm, [("concurrencyStamp", Field(item, "concurrencyStamp"))]);
        Assert.Equal($"/{slug}/admin/content/{id}", location);

        Assert.Contains("Đã gỡ \"Thông báo tạm ngừng cấp nước khu phố 3\" khỏi cổng.", await admin.PageAsync(location));
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client().GetAsync($"/{slug}/tin-tuc/{Field(item, "slug")}")).StatusCode);
        Assert.False((await admin.GetJsonAsync($"/{slug}/api/admin/content/{id}"))!["published"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Deleting_asks_first_then_the_item_is_gone_from_the_list_and_the_portal()
    {
        const string slug = Demo.SiblingCommune;
        using var admin = await site.SignedInAsync(slug, Demo.Administrator(slug));
        var item = await admin.CreateArticleAsync(slug, "Bài đăng nhầm cần xóa", publish: true);
        var id = Field(item, "id");
        var confirm = $"/{slug}/admin/content/{id}/delete";

        var page = await admin.PageAsync(confirm);
        Assert.Contains("Xóa \"Bài đăng nhầm cần xóa\"?", page);
        Assert.Contains($"/{slug}/tin-tuc/{Field(item, "slug")}", page);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/{slug}/api/admin/content/{id}")).StatusCode);

        var location = await admin.PostFormExpectingRedirectAsync(confirm, confirm, [("concurrencyStamp", Field(item, "concurrencyStamp"))]);
        Assert.Equal($"/{slug}/admin/content?type=Article", location);
        Assert.Contains("Đã xóa \"Bài đăng nhầm cần xóa\".", await admin.PageAsync(location));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/{slug}/api/admin/content/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client().GetAsync($"/{slug}/tin-tuc/{Field(item, "slug")}")).StatusCode);
    }

    [Fact]
    public async Task An_author_sees_neither_button_and_is_refused_both_pages_and_posts()
    {
        const string slug = Demo.OtherDistrictCommune;
        using var admin = await site.SignedInAsync(slug, Demo.Administrator(slug));
        var item = await admin.CreateArticleAsync(slug, "Bài tác giả không được gỡ", publish: true);
        var id = Field(item, "id");

        using var author = await site.SignedInAsync(slug, Demo.Author(slug));
        var list = await author.PageAsync($"/{slug}/admin/content?type=Article");
        Assert.DoesNotContain("Gỡ khỏi cổng", list);
        Assert.DoesNotContain($"/{id}/delete", list);
        var editor = await author.PageAsync($"/{slug}/admin/content/{id}");
        Assert.DoesNotContain("Gỡ khỏi cổng", editor);
        Assert.DoesNotContain($"/{id}/delete", editor);

        foreach (var action in new[] { "unpublish", "delete" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await author.GetAsync($"/{slug}/admin/content/{id}/{action}")).StatusCode);
            using var posted = await author.PostFormAsync($"/{slug}/admin/content/{id}", $"/{slug}/admin/content/{id}/{action}", [("concurrencyStamp", Field(item, "concurrencyStamp"))]);
            Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        }

        Assert.True((await admin.GetJsonAsync($"/{slug}/api/admin/content/{id}"))!["published"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Pressing_publish_or_save_again_without_a_change_adds_no_version_and_says_so()
    {
        const string slug = Demo.District;
        using var admin = await site.SignedInAsync(slug, Demo.Administrator(slug));
        var create = $"/{slug}/admin/content/new?type=Article";
        (string, string)[] fields = [("DisplayText", "Lịch tiếp dân tháng 6"), ("Summary", "Lịch tiếp công dân."), ("Body", "Thứ Năm hằng tuần."), ("PublishDate", "2026-06-01T08:00")];
        var editor = await admin.PostFormExpectingRedirectAsync(create, create, [.. fields, ("intent", "publish")]);
        var id = editor.Split('/')[^1];
        var stamp = Field(await admin.GetJsonAsync($"/{slug}/api/admin/content/{id}"), "concurrencyStamp");
        (string, string)[] again = [.. fields, ("Slug", "lich-tiep-dan-thang-6"), ("ConcurrencyStamp", stamp)];

        Assert.Equal(editor, await admin.PostFormExpectingRedirectAsync(editor, editor, [.. again, ("intent", "publish")]));
        Assert.Contains("Không có thay đổi nào: bài đang đăng đúng như bản này, nên không tạo phiên bản mới.", await admin.PageAsync(editor));
        await admin.PostFormExpectingRedirectAsync(editor, editor, [.. again, ("intent", "save")]);
        Assert.Contains("không tạo phiên bản mới", await admin.PageAsync(editor));

        var history = (await admin.GetJsonAsync($"/{slug}/api/admin/content/{id}/versions"))!.AsArray();
        Assert.Single(history);
        var same = await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/{slug}/api/admin/content/{id}",
            new { displayText = "Lịch tiếp dân tháng 6", summary = "Lịch tiếp công dân.", body = "Thứ Năm hằng tuần.", publishDate = "2026-06-01T08:00:00+07:00", concurrencyStamp = stamp });
        Assert.Equal(1, same!["version"]!.GetValue<int>());
        Assert.Equal(stamp, Field(same, "concurrencyStamp"));

        // A real change still makes a version.
        await admin.PostFormExpectingRedirectAsync(editor, editor, [.. again.Where(f => f.Item1 != "Body"), ("Body", "Thứ Năm và thứ Sáu hằng tuần."), ("intent", "save")]);
        Assert.Equal(2, (await admin.GetJsonAsync($"/{slug}/api/admin/content/{id}/versions"))!.AsArray().Count);
    }

    [Fact]
    public async Task Taking_a_page_the_menu_links_to_off_the_portal_warns_and_takes_its_entry_out_of_the_menu()
    {
        const string slug = "thi-tran-tho-xuan";
        using var admin = await site.SignedInAsync(slug, Demo.Administrator(slug));
        var introduction = (await admin.GetJsonAsync($"/{slug}/api/admin/content?type=Page&q=introduction"))!["items"]!.AsArray().Single()!;
        var id = Field(introduction, "id");
        Assert.Contains(site.Tenant(slug).Menu.SelectMany(e => e.Children), e => e.Url == "/trang/introduction");
        var menuChangesBefore = await MenuChangesAsync(admin, slug);

        var confirm = $"/{slug}/admin/content/{id}/unpublish";
        var page = await admin.PageAsync(confirm);
        Assert.Contains("Menu của cổng đang trỏ tới bài này.", page);
        Assert.Matches("<li>Introduction \\(English\\)</li>", page);

        await admin.PostFormExpectingRedirectAsync(confirm, confirm, [("concurrencyStamp", Field(introduction, "concurrencyStamp"))]);
        Assert.DoesNotContain(site.Tenant(slug).Menu.SelectMany(e => e.Children.Prepend(e)), e => e.Url == "/trang/introduction");
        Assert.Contains(site.Tenant(slug).Menu, e => e.Url == "/trang/gioi-thieu");
        var home = await site.Client().PageAsync($"/{slug}/");
        Assert.DoesNotContain($"href=\"/{slug}/trang/introduction\"", home);
        Assert.Equal(menuChangesBefore + 1, await MenuChangesAsync(admin, slug));
    }

    /// <summary>How many menu changes the site's audit log holds.</summary>
    private static async Task<int> MenuChangesAsync(SiteClient admin, string slug) =>
        (await admin.GetJsonAsync($"/{slug}/api/admin/audit?type=tenant.menu-changed"))!["items"]!.AsArray().Count;
}

public sealed class ContentRemovalOnSqlite(SqliteSite site) : ContentRemovalTests(site), IClassFixture<SqliteSite>;

public sealed class ContentRemovalOnPostgreSql(PostgreSqlSite site) : ContentRemovalTests(site), IClassFixture<PostgreSqlSite>;
