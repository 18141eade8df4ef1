using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using GovCms.Content;
using GovCms.Tests.Infrastructure;

namespace GovCms.Tests.Admin;

public sealed class ContentEditorTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    private const string Commune = Demo.Commune;
    private static readonly string NewArticle = $"/{Commune}/admin/content/new?type=Article";

    /// <summary>A 1×1 PNG.</summary>
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    [Fact]
    public async Task An_author_writes_an_article_through_the_form_and_finds_it_in_the_list_as_a_draft()
    {
        using var author = await site.SignedInAsync(Commune, Demo.Author(Commune));
        var form = await author.PageAsync(NewArticle);
        Assert.Contains("Lưu nháp", form);
        Assert.DoesNotContain("value=\"publish\"", form);

        var location = await author.PostFormExpectingRedirectAsync(NewArticle, NewArticle,
        [
            ("DisplayText", "Hội nghị tổng kết công tác dân vận năm 2026"), ("Slug", ""), ("Summary", "Tổng kết một năm."),
            ("Body", "Hội nghị **thành công**."), ("Categories", "tin-tuc-su-kien"), ("PublishDate", "2026-03-05T08:30"), ("intent", "save"),
        ]);
        Assert.Matches($"^/{Commune}/admin/content/[0-9a-f]{{32}}$", location);

        var list = await author.PageAsync($"/{Commune}/admin/content?type=Article");
        var row = Regex.Match(list, "<tr>\\s*<td><a [^>]*>Hội nghị tổng kết công tác dân vận năm 2026</a></td>.*?</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, "The new article is not in the list.");
        Assert.Contains("Nháp", row.Value);

        var item = await author.GetJsonAsync($"/{Commune}/api/admin/content/{location.Split('/')[^1]}");
        Assert.Equal("hoi-nghi-tong-ket-cong-tac-dan-van-nam-2026", SiteClient.Field(item, "slug"));
        Assert.Equal("tin-tuc-su-kien", item!["categories"]![0]!.GetValue<string>());
        // 08:30 in Hà Nội is 01:30 UTC.
        Assert.Equal(new DateTime(2026, 3, 5, 1, 30, 0, DateTimeKind.Utc), item["publishDate"]!.GetValue<DateTime>().ToUniversalTime());
    }

    [Fact]
    public async Task An_empty_title_is_shown_next_to_the_title_and_everything_typed_stays()
    {
        using var author = await site.SignedInAsync(Commune, Demo.Author(Commune));
        using var response = await author.PostFormAsync(NewArticle, NewArticle,
            [("DisplayText", ""), ("Summary", "Tóm tắt vẫn còn"), ("Body", "Nội dung **vẫn còn** sau lỗi."), ("Categories", "chi-dao-dieu-hanh"), ("intent", "save")]);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Vui lòng nhập tiêu đề.", AdminPages.FieldError(page, "DisplayText"));
        var titleInput = Regex.Match(page, "<input [^>]*id=\"DisplayText\"[^>]*>").Value;
        Assert.Contains("aria-invalid=\"true\"", titleInput);
        Assert.Contains("aria-describedby=\"DisplayText-error\"", titleInput);
        Assert.Equal("Tóm tắt vẫn còn", AdminPages.TextareaValue(page, "Summary"));
        Assert.Equal("Nội dung **vẫn còn** sau lỗi.", AdminPages.TextareaValue(page, "Body"));
        Assert.Matches("value=\"chi-dao-dieu-hanh\" checked=\"checked\"", page);
    }

    [Fact]
    public async Task A_file_that_is_not_an_image_is_refused_even_when_named_jpg_and_a_real_png_is_stored_and_served()
    {
        using var author = await site.SignedInAsync(Commune, Demo.Author(Commune));
        (string, string)[] fields = [("DisplayText", "Bài có ảnh đại diện"), ("ImageAlt", "Quang cảnh hội nghị"), ("intent", "save")];

        using (var refused = await author.PostFormAsync(NewArticle, NewArticle, fields,
                   new Upload("ImageFile", "anh-hoi-nghi.jpg", Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"), "image/jpeg")))
        {
            var page = await refused.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Equal("Tệp \"anh-hoi-nghi.jpg\" không phải là ảnh JPEG, PNG, GIF hoặc WebP. Hãy chọn một tệp ảnh.", AdminPages.FieldError(page, "ImageFile"));
            Assert.Equal("Bài có ảnh đại diện", AdminPages.InputValue(page, "DisplayText"));
        }

        var location = await author.PostFormExpectingRedirectAsync(NewArticle, NewArticle, fields, new Upload("ImageFile", "anh.png", Png, "image/png"));
        var editor = await author.PageAsync(location);
        var imageUrl = Regex.Match(editor, $"<img src=\"(/{Commune}/media/\\d{{4}}/\\d{{2}}/[0-9a-f]{{32}}\\.png)\" alt=\"Quang cảnh hội nghị\">").Groups[1].Value;
        Assert.NotEmpty(imageUrl);

        using var image = await author.GetAsync(imageUrl);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Png, await image.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await author.GetAsync(imageUrl.Replace($"/{Commune}/", $"/{Demo.SiblingCommune}/"))).StatusCode);
    }

    [Fact]
    public async Task Searching_without_diacritics_finds_the_title_with_them()
    {
        using var author = await site.SignedInAsync(Commune, Demo.Author(Commune));
        await author.CreateArticleAsync(Commune, "Đông Sơn tổ chức Ngày hội Đại đoàn kết toàn dân tộc");

        var found = await author.PageAsync($"/{Commune}/admin/content?type=Article&q=dong+son+to+chuc+ngay+hoi+dai+doan+ket");
        Assert.Contains(">Đông Sơn tổ chức Ngày hội Đại đoàn kết toàn dân tộc</a>", found);
        Assert.Contains("1 mục", found);

        var nothing = await author.PageAsync($"/{Commune}/admin/content?type=Article&q=khong+co+bai+nao+nhu+vay");
        Assert.Contains("Không tìm thấy nội dung phù hợp với bộ lọc.", nothing);
    }

    [Fact]
    public async Task The_list_is_paged_twenty_at_a_time_and_filters_by_status()
    {
        const string tenant = Demo.OtherDistrictCommune;
        using var admin = await site.SignedInAsync(tenant, Demo.Administrator(tenant));
        for (var i = 1; i <= 25; i++)
        {
            await admin.CreateArticleAsync(tenant, $"Bản tin phân trang số {i:00}", publish: i <= 2);
        }

        var first = await admin.PageAsync($"/{tenant}/admin/content?type=Article&q=phan+trang");
        Assert.Equal(20, Regex.Matches(first, ">Bản tin phân trang số \\d\\d</a>").Count);
        Assert.Contains("Trang 1 / 2", first);
        Assert.Contains("href=\"/xa-xuan-hong/admin/content?type=Article&q=phan%20trang&page=2\" rel=\"next\"", first);

        var second = await admin.PageAsync($"/{tenant}/admin/content?type=Article&q=phan+trang&page=2");
        Assert.Equal(5, Regex.Matches(second, ">Bản tin phân trang số \\d\\d</a>").Count);
        Assert.Contains("rel=\"prev\"", second);

        var published = await admin.PageAsync($"/{tenant}/admin/content?type=Article&q=phan+trang&status=Published");
        Assert.Equal(2, Regex.Matches(published, ">Bản tin phân trang số \\d\\d</a>").Count);
    }

    [Fact]
    public async Task A_conflicting_save_shows_the_message_and_keeps_what_the_user_typed()
    {
        using var author = await site.SignedInAsync(Commune, Demo.Author(Commune));
        var item = await author.CreateArticleAsync(Commune, "Thông báo lịch cắt điện tháng 4");
        var edit = $"/{Commune}/admin/content/{SiteClient.Field(item, "id")}";
        var stamp = SiteClient.Field(item, "concurrencyStamp");
        await author.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/{Commune}/api/admin/content/{SiteClient.Field(item, "id")}",
            new { displayText = "Thông báo lịch cắt điện tháng 4 (sửa)", concurrencyStamp = stamp });

        using var response = await author.PostFormAsync(edit, edit,
            [("DisplayText", "Tiêu đề tôi vừa sửa"), ("Body", "Đoạn văn tôi mất cả buổi để viết."), ("ConcurrencyStamp", stamp), ("intent", "save")]);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(ContentManager.ConflictMessage, page);
        Assert.Equal("Tiêu đề tôi vừa sửa", AdminPages.InputValue(page, "DisplayText"));
        Assert.Equal("Đoạn văn tôi mất cả buổi để viết.", AdminPages.TextareaValue(page, "Body"));
    }

    [Fact]
    public async Task The_preview_renders_Markdown_as_the_site_does_with_and_without_script()
    {
        using var author = await site.SignedInAsync(Commune, Demo.Author(Commune));
        using (var live = await author.PostFormAsync(NewArticle, $"/{Commune}/admin/content/preview", [("Body", "Chữ **đậm** <script>x</script>")]))
        {
            Assert.Equal(GovCms.Text.MarkdownRenderer.ToHtml("Chữ **đậm** <script>x</script>"), await live.Content.ReadAsStringAsync());
        }

        using var button = await author.PostFormAsync(NewArticle, NewArticle, [("DisplayText", ""), ("Body", "## Mục một"), ("intent", "preview")]);
        var page = await button.Content.ReadAsStringAsync();
        Assert.Contains("<div id=\"preview-body\"><h2>Mục một</h2>", page.Replace("\n", ""));
        Assert.Null(AdminPages.FieldError(page, "DisplayText"));
    }

    [Fact]
    public async Task An_old_version_can_be_viewed_and_restored_as_a_new_draft()
    {
        using var admin = await site.SignedInAsync(Commune, Demo.Administrator(Commune));
        var first = await admin.CreateArticleAsync(Commune, "Kế hoạch phòng chống bão số 3", body: "Bản đầu tiên.");
        var id = SiteClient.Field(first, "id");
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/{Commune}/api/admin/content/{id}",
            new { displayText = "Kế hoạch phòng chống bão số 3 (bản sửa)", body = "Bản thứ hai.", concurrencyStamp = SiteClient.Field(first, "concurrencyStamp") });

        var history = await admin.PageAsync($"/{Commune}/admin/content/{id}/history");
        Assert.Contains("Kế hoạch phòng chống bão số 3 (bản sửa)", history);
        Assert.Contains($"action=\"/{Commune}/admin/content/{id}/versions/1/restore\"", history);
        Assert.Contains("<p>Bản đầu tiên.</p>", await admin.PageAsync($"/{Commune}/admin/content/{id}/versions/1"));

        var stamp = Regex.Match(history, "name=\"concurrencyStamp\" value=\"([0-9a-f]+)\"").Groups[1].Value;
        var location = await admin.PostFormExpectingRedirectAsync($"/{Commune}/admin/content/{id}/history",
            $"/{Commune}/admin/content/{id}/versions/1/restore", [("concurrencyStamp", stamp)]);
        Assert.Equal($"/{Commune}/admin/content/{id}", location);

        var restored = await admin.GetJsonAsync($"/{Commune}/api/admin/content/{id}");
        Assert.Equal(3, restored!["version"]!.GetValue<int>());
        Assert.Equal("Bản đầu tiên.", SiteClient.Field(restored, "body"));
    }

    [Fact]
    public async Task An_approver_publishes_from_the_editor_and_an_author_may_not()
    {
        using var author = await site.SignedInAsync(Commune, Demo.Author(Commune));
        using (var refused = await author.PostFormAsync(NewArticle, NewArticle, [("DisplayText", "Tác giả tự bấm Đăng"), ("intent", "publish")]))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using var admin = await site.SignedInAsync(Commune, Demo.Administrator(Commune));
        Assert.Contains("value=\"publish\"", await admin.PageAsync(NewArticle));
        var location = await admin.PostFormExpectingRedirectAsync(NewArticle, NewArticle, [("DisplayText", "Quản trị đăng ngay bài này"), ("intent", "publish")]);
        var item = await admin.GetJsonAsync($"/{Commune}/api/admin/content/{location.Split('/')[^1]}");
        Assert.True(item!["published"]!.GetValue<bool>());
    }
}
