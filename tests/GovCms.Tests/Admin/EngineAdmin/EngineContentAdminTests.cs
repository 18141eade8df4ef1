using System.Net;
using System.Text.RegularExpressions;
using GovCms.Modules;
using GovCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static GovCms.Tests.Admin.EngineAdmin.MemoSites;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Admin.EngineAdmin;

/// <summary>
/// The content admin and API are the engine's: a module's type is listed, written, published, looked back on and
/// removed on a host without the Contents module, and its pages answer 404 where the module is off.
/// </summary>
public abstract class EngineContentAdminTests(GovCmsSite site)
{
    private static readonly string Admin = $"/{Commune}/admin/content";
    private static readonly string Api = $"/{Commune}/api/admin/content";
    private static readonly string NewMemo = $"{Admin}/new?type=Memo";

    [Fact]
    public async Task An_author_writes_a_memo_in_the_form_without_the_news_module_and_finds_it_in_the_list()
    {
        using var author = await SignedInAsync(site, Commune, Author(Commune));
        Assert.Null(site.Services.GetRequiredService<ModuleCatalog>().Find("Contents"));
        var menu = await author.PageAsync($"/{Commune}/admin");
        Assert.Contains("content?type=Memo", menu);

        var form = await author.PageAsync(NewMemo);
        Assert.Contains("name=\"Parts.memoPart.number\"", form);
        using (var refused = await author.PostFormAsync(NewMemo, NewMemo, [("DisplayText", "Công văn thiếu số"), ("Parts.memoPart.number", ""), ("intent", "save")]))
        {
            var page = await refused.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Equal("Vui lòng nhập số hiệu.", AdminPages.FieldError(page, "Parts.memoPart.number"));
        }

        var location = await author.PostFormExpectingRedirectAsync(NewMemo, NewMemo,
            [("DisplayText", "Công văn về lịch tiếp dân"), ("Parts.memoPart.number", "12/cv"), ("Parts.memoPart.kind", "to-trinh"), ("intent", "save")]);
        Assert.Matches($"^{Admin}/[0-9a-f]{{32}}$", location);
        var list = await author.PageAsync($"{Admin}?type=Memo");
        Assert.Matches("<a [^>]*>Công văn về lịch tiếp dân</a>", list);

        var memo = await author.GetJsonAsync($"{Api}/{location.Split('/')[^1]}");
        Assert.Equal("12/cv", Field(memo!["parts"]!["MemoPart"], "number"));
        Assert.Equal("to-trinh", Field(memo["parts"]!["MemoPart"], "kind"));
    }

    [Fact]
    public async Task The_api_writes_publishes_restores_and_deletes_a_memo_with_vietnamese_errors_by_field()
    {
        using var admin = await SignedInAsync(site, Commune, Administrator(Commune));
        var invalid = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"{Api}/Memo",
            new { displayText = "Công văn lạ", parts = new { memoPart = new { number = "", kind = "chi-thi" } } });
        Assert.Contains("\"chi-thi\" không có trong danh sách", Message(invalid!["errors"]!, "parts.memoPart.kind"));

        var created = await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"{Api}/Memo",
            new { displayText = "Công văn số 5", publish = true, parts = new { memoPart = new { number = "5/cv" } } });
        var id = Field(created, "id");
        var edited = await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"{Api}/{id}",
            new { displayText = "Công văn số 5 (sửa)", concurrencyStamp = Field(created, "concurrencyStamp"), parts = new { memoPart = new { number = "5/cv" } } });
        var restored = await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"{Api}/{id}/versions/1/restore", new { concurrencyStamp = Field(edited, "concurrencyStamp") });
        Assert.Equal("Công văn số 5", Field(restored, "displayText"));

        var history = await admin.PageAsync($"{Admin}/{id}/history");
        Assert.Contains("Công văn số 5 (sửa)", history);
        var confirm = await admin.PageAsync($"{Admin}/{id}/delete");
        Assert.Contains("Công văn số 5", confirm);
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Delete, $"{Api}/{id}?concurrencyStamp={Field(restored, "concurrencyStamp")}");
        await admin.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Get, $"{Api}/{id}");
    }

    [Fact]
    public async Task Where_the_module_is_off_its_type_answers_404_in_the_admin_and_the_api_and_comes_back()
    {
        using var admin = await SignedInAsync(site, Province, Administrator(Province));
        var created = await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/{Province}/api/admin/content/Memo",
            new { displayText = "Công văn của tỉnh", parts = new { memoPart = new { number = "1/cv" } } });
        var id = Field(created, "id");
        string[] pages = [$"/{Province}/admin/content?type=Memo", $"/{Province}/admin/content/{id}", $"/{Province}/admin/content/{id}/history",
            $"/{Province}/admin/content/{id}/delete", $"/{Province}/api/admin/content/{id}", $"/{Province}/api/admin/content?type=Memo"];

        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/{Province}/api/admin/features/{MemosModule.Id}", new { enabled = false });
        foreach (var url in pages)
        {
            Assert.True((await admin.GetAsync(url)).StatusCode == HttpStatusCode.NotFound, url);
        }

        await admin.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Post, $"/{Province}/api/admin/content/Memo", new { displayText = "Không được tạo" });
        await admin.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Delete, $"/{Province}/api/admin/content/{id}?concurrencyStamp={Field(created, "concurrencyStamp")}");
        var all = await admin.GetJsonAsync($"/{Province}/api/admin/content");
        Assert.Empty(all!["items"]!.AsArray());

        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/{Province}/api/admin/features/{MemosModule.Id}", new { enabled = true });
        foreach (var url in pages)
        {
            Assert.True((await admin.GetAsync(url)).StatusCode == HttpStatusCode.OK, url);
        }
    }

    [Fact]
    public async Task The_roles_page_lists_the_engines_content_permissions_granted_to_authors_by_default()
    {
        using var admin = await SignedInAsync(site, Commune, Administrator(Commune));
        var roles = await admin.PageAsync($"/{Commune}/admin/roles");
        Assert.Contains("Nội dung (mọi loại)", roles);
        Assert.Matches(new Regex("value=\"Contents.Edit\"[^>]*checked", RegexOptions.Singleline), roles);
    }

    private static string Message(System.Text.Json.Nodes.JsonNode errors, string key) => errors[key]?[0]?.GetValue<string>() ?? "";
}

public sealed class EngineContentAdminSqliteTests(MemosSqliteSite site) : EngineContentAdminTests(site), IClassFixture<MemosSqliteSite>;

public sealed class EngineContentAdminPostgreSqlTests(MemosPostgreSqlSite site) : EngineContentAdminTests(site), IClassFixture<MemosPostgreSqlSite>;
