using System.Net;
using GovCms.Tests.Infrastructure;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Engine;

public abstract class DraftVisibilityTests(GovCmsSite site)
{
    [Fact]
    public async Task A_draft_is_invisible_to_the_public_until_published()
    {
        using var editor = await site.SignedInAsync(Demo.Commune, Demo.Administrator(Demo.Commune));
        using var citizen = site.Client();
        var draft = await editor.CreateArticleAsync(Demo.Commune, "Thông báo tuyển dụng công chức xã năm 2026");
        var slug = Field(draft, "slug");
        Assert.Equal("thong-bao-tuyen-dung-cong-chuc-xa-nam-2026", slug);

        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/{Demo.Commune}/tin-tuc/{slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/{Demo.Commune}/api/content/Article/{slug}")).StatusCode);
        Assert.DoesNotContain(slug, await citizen.Http.GetStringAsync($"/{Demo.Commune}/api/content/Article?pageSize=100"));

        await editor.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/{Demo.Commune}/api/admin/content/{Field(draft, "id")}/publish",
            new { concurrencyStamp = Field(draft, "concurrencyStamp") });

        Assert.Contains("Thông báo tuyển dụng công chức xã năm 2026", await citizen.PageAsync($"/{Demo.Commune}/tin-tuc/{slug}"));
        Assert.Contains(slug, await citizen.Http.GetStringAsync($"/{Demo.Commune}/api/content/Article?pageSize=100"));
    }

    [Fact]
    public async Task A_new_draft_of_a_live_item_leaves_the_live_version_up_until_it_is_published()
    {
        using var editor = await site.SignedInAsync(Demo.Commune, Demo.Administrator(Demo.Commune));
        using var citizen = site.Client();
        var live = await editor.CreateArticleAsync(Demo.Commune, "Lịch tiếp công dân quý I", publish: true, body: "Phiên bản đang đăng.");
        var id = Field(live, "id");
        var slug = Field(live, "slug");

        var draft = await editor.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/{Demo.Commune}/api/admin/content/{id}",
            new { displayText = "Lịch tiếp công dân quý I", slug, body = "Bản nháp chưa duyệt.", concurrencyStamp = Field(live, "concurrencyStamp") });
        Assert.Equal(2, draft!["version"]!.GetValue<int>());
        Assert.False(draft["published"]!.GetValue<bool>());
        Assert.Equal(1, draft["publishedVersion"]!.GetValue<int>());

        var shown = await citizen.PageAsync($"/{Demo.Commune}/tin-tuc/{slug}");
        Assert.Contains("Phiên bản đang đăng.", shown);
        Assert.DoesNotContain("Bản nháp chưa duyệt.", shown);

        await editor.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/{Demo.Commune}/api/admin/content/{id}/publish",
            new { concurrencyStamp = Field(draft, "concurrencyStamp") });
        shown = await citizen.PageAsync($"/{Demo.Commune}/tin-tuc/{slug}");
        Assert.Contains("Bản nháp chưa duyệt.", shown);
        Assert.DoesNotContain("Phiên bản đang đăng.", shown);
    }

    [Fact]
    public async Task An_author_cannot_publish()
    {
        using var author = await site.SignedInAsync(Demo.Commune, Demo.Author(Demo.Commune));
        await author.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Post, $"/{Demo.Commune}/api/admin/content/Article",
            new { displayText = "Tác giả tự đăng bài", publish = true });
        var draft = await author.CreateArticleAsync(Demo.Commune, "Tác giả lưu nháp");
        await author.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Post, $"/{Demo.Commune}/api/admin/content/{Field(draft, "id")}/publish",
            new { concurrencyStamp = Field(draft, "concurrencyStamp") });
    }
}

public sealed class DraftVisibilityOnSqlite(SqliteSite site) : DraftVisibilityTests(site), IClassFixture<SqliteSite>;

public sealed class DraftVisibilityOnPostgreSql(PostgreSqlSite site) : DraftVisibilityTests(site), IClassFixture<PostgreSqlSite>;
