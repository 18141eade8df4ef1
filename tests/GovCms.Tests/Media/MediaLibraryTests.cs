using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using GovCms.Content;
using GovCms.Media;
using GovCms.Provisioning;
using GovCms.Tenants;
using GovCms.Tests.Admin;
using GovCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Media;

/// <summary>
/// The media library over HTTP with real files: recognised by content, kept within each kind's limit, served with their
/// type, nosniff and the right disposition, listed with where they are used, deleted only when unused, and kept when
/// their site is retired into a successor.
/// </summary>
public abstract class MediaLibraryTests(GovCmsSite site)
{
    private const string Commune = Demo.Commune;
    private static readonly string Api = $"/{Commune}/api/admin/media";

    public static TheoryData<string, string, string, string> Uploads => new()
    {
        // fixture, name uploaded with, kind, content type served
        { nameof(MediaFixtures.Pdf), "Quyết định số 12.pdf", "document", "application/pdf" },
        { nameof(MediaFixtures.Docx), "Kế hoạch chuyển đổi số.docx", "document", "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
        { nameof(MediaFixtures.Xlsx), "Dự toán ngân sách.xlsx", "document", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
        { nameof(MediaFixtures.Pptx), "Báo cáo.pptx", "document", "application/vnd.openxmlformats-officedocument.presentationml.presentation" },
        { nameof(MediaFixtures.Odt), "Công văn.odt", "document", "application/vnd.oasis.opendocument.text" },
        { nameof(MediaFixtures.Ods), "Bảng kê.ods", "document", "application/vnd.oasis.opendocument.spreadsheet" },
        { nameof(MediaFixtures.Mp3WithTag), "Bản tin sáng.mp3", "audio", "audio/mpeg" },
        { nameof(MediaFixtures.M4a), "Bản tin trưa.m4a", "audio", "audio/mp4" },
        { nameof(MediaFixtures.Aac), "Bản tin chiều.aac", "audio", "audio/aac" },
        { nameof(MediaFixtures.Ogg), "Bản tin tối.ogg", "audio", "audio/ogg" },
        { nameof(MediaFixtures.Wav), "Thông báo.wav", "audio", "audio/wav" },
        { nameof(MediaFixtures.Mp4), "Phóng sự.mp4", "video", "video/mp4" },
        // The name does not decide: a PNG named .txt is an image.
        { nameof(MediaFixtures.Png), "ảnh.txt", "image", "image/png" },
    };

    [Theory]
    [MemberData(nameof(Uploads))]
    public async Task Each_format_is_recognised_by_its_content_and_served_with_its_type_nosniff_and_disposition(string fixture, string name, string kind, string contentType)
    {
        using var author = await site.SignedInAsync(Commune, Demo.Author(Commune));
        var bytes = Make(fixture);
        var file = await UploadAsync(author, Api, bytes, name);

        Assert.Equal((kind, contentType, name), (Field(file, "kind"), Field(file, "contentType"), Field(file, "fileName")));
        Assert.Matches($@"^/{Commune}/media/\d{{4}}/\d\d/[0-9a-f]{{32}}\.\w+$", Field(file, "url"));
        using var served = await site.Client().GetAsync(Field(file, "url"));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(contentType, served.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", served.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(bytes, await served.Content.ReadAsByteArrayAsync());
        var disposition = served.Content.Headers.ContentDisposition!;
        var office = contentType.Contains("officedocument") || contentType.Contains("opendocument");
        Assert.Equal(office ? "attachment" : "inline", disposition.DispositionType);
        if (kind != "image")
        {
            // RFC 5987: the Vietnamese name as UTF-8, for every browser.
            Assert.Equal(name, disposition.FileNameStar);
            Assert.Contains("filename*=UTF-8''" + Uri.EscapeDataString(name), served.Content.Headers.GetValues("Content-Disposition").Single());
        }
    }

    [Fact]
    public async Task A_web_page_named_pdf_is_refused_in_vietnamese_and_nothing_is_kept()
    {
        using var author = await site.SignedInAsync(Commune, Demo.Author(Commune));
        var before = await CountAsync(author, "document");

        var problem = await RefusedAsync(author, MediaFixtures.Html(), "quyet-dinh.pdf", HttpStatusCode.BadRequest);
        Assert.StartsWith("Tệp \"quyet-dinh.pdf\" không phải là ảnh JPEG, PNG, GIF hoặc WebP; tài liệu PDF, Word (DOCX)", Error(problem));
        var zip = await RefusedAsync(author, MediaFixtures.PlainZip(), "bao-cao.docx", HttpStatusCode.BadRequest);
        Assert.StartsWith("Tệp \"bao-cao.docx\" không phải là", Error(zip));

        var page = await author.PostFormAsync($"/{Commune}/admin/media", $"/{Commune}/admin/media", [],
            new Upload("file", "quyet-dinh.pdf", MediaFixtures.Html(), "application/pdf"));
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.StartsWith("Tệp \"quyet-dinh.pdf\" không phải là", AdminPages.FieldError(WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), "file"));
        Assert.Equal(before, await CountAsync(author, "document"));
        var folder = Path.Combine(site.MediaFolder, site.Tenant(Commune).Id.ToString());
        Assert.DoesNotContain(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories), f => File.ReadAllBytes(f).SequenceEqual(MediaFixtures.Html()));
    }

    [Fact]
    public async Task Each_kind_has_its_own_limit_and_the_request_limit_follows_the_largest_kind()
    {
        using var author = await site.SignedInAsync(Commune, Demo.Author(Commune));
        var longWav = MediaFixtures.Wav(MediaLimits.AudioBytes);
        var audio = await RefusedAsync(author, longWav, "Bản tin dài.wav", HttpStatusCode.BadRequest);
        Assert.Equal("Âm thanh quá lớn (65 KB). Dung lượng tối đa của âm thanh là 32 KB.", Error(audio));

        // A video larger than any image or form is taken by the library's upload...
        var video = Padded(MediaFixtures.Mp4(), 7 * 1024 * 1024);
        var stored = await UploadAsync(author, Api, video, "Phóng sự dài.mp4");
        Assert.Equal(video.Length, stored["bytes"]!.GetValue<long>());
        // ...but not past the largest kind and the form around it.
        using var tooLarge = await PostFileAsync(author, Api, Padded(MediaFixtures.Mp4(), 10 * 1024 * 1024), "Quá lớn.mp4");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
    }

    [Fact]
    public async Task Audio_and_video_answer_range_requests()
    {
        using var author = await site.SignedInAsync(Commune, Demo.Author(Commune));
        var wav = MediaFixtures.Wav();
        var url = Field(await UploadAsync(author, Api, wav, "Loa phường.wav"), "url");

        using var request = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { Range = new RangeHeaderValue(44, 143) } };
        using var response = await site.Client().Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal($"bytes 44-143/{wav.Length}", response.Content.Headers.ContentRange!.ToString());
        Assert.Equal(wav[44..144], await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Files_in_use_are_listed_with_where_and_refused_deletion_until_unused()
    {
        const string slug = Demo.SiblingCommune;
        var api = $"/{slug}/api/admin/media";
        using var admin = await site.SignedInAsync(slug, Demo.Administrator(slug));
        var picture = Field(await UploadAsync(admin, api, MediaFixtures.Png(), "Ảnh hội nghị.png"), "url");
        var logo = await UploadAsync(admin, api, MediaFixtures.Png(), "Biểu trưng.png");
        var unused = await UploadAsync(admin, api, MediaFixtures.Pdf(), "Chưa dùng.pdf");
        var article = await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/{slug}/api/admin/content/Article",
            new { displayText = "Hội nghị tổng kết năm", summary = "Tóm tắt", body = "Nội dung.", imageUrl = picture, imageAlt = "Quang cảnh", publish = true });
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/{slug}/api/admin/tenant", new { settings = new Dictionary<string, string> { [SiteSettings.LogoUrl] = Field(logo, "url") } });

        var images = await admin.GetJsonAsync($"{api}?kind=image");
        var files = images!["files"]!.AsArray();
        Assert.All(files, f => Assert.Equal("image", Field(f, "kind")));
        var used = files.Single(f => Field(f, "url") == picture)!["usedBy"]!.AsArray();
        Assert.Equal(("content", Field(article, "id"), "Hội nghị tổng kết năm"), (Field(used[0], "kind"), Field(used[0], "id"), Field(used[0], "title")));
        Assert.Equal("Biểu trưng (logo)", Field(files.Single(f => Field(f, "url") == Field(logo, "url"))!["usedBy"]![0], "title"));
        Assert.Equal(2, images["total"]!.GetValue<int>());
        var paged = await admin.GetJsonAsync($"{api}?pageSize=2&page=2");
        Assert.Equal((3, 2, 1), (paged!["total"]!.GetValue<int>(), paged["pageCount"]!.GetValue<int>(), paged["files"]!.AsArray().Count));
        Assert.Equal(picture, Field(paged["files"]![0], "url"));
        Assert.Empty((await admin.GetJsonAsync($"{api}?page=1073741825"))!["files"]!.AsArray());
        await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, $"{api}?kind=zip");

        var pictureId = files.Single(f => Field(f, "url") == picture)!["id"]!.GetValue<long>();
        var refused = await admin.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Delete, $"{api}/{pictureId}");
        Assert.Contains("nội dung \"Hội nghị tổng kết năm\"", refused!["detail"]!.GetValue<string>());
        Assert.Equal("Hội nghị tổng kết năm", Field(refused["usages"]![0], "title"));
        var confirm = await admin.PageAsync($"/{slug}/admin/media/{pictureId}/delete");
        Assert.Contains("Không xóa được: tệp đang được dùng ở", confirm);
        Assert.Contains("Nội dung \"Hội nghị tổng kết năm\"", confirm);
        Assert.DoesNotContain("Xóa tệp</button>", confirm);
        await admin.ExpectAsync(HttpStatusCode.Conflict, HttpMethod.Delete, $"{api}/{logo["id"]!.GetValue<long>()}");

        // An edit that drops the picture frees it: where-used reads what is stored now.
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/{slug}/api/admin/content/{Field(article, "id")}",
            new { displayText = "Hội nghị tổng kết năm", summary = "Tóm tắt", body = "Nội dung.", publish = true, concurrencyStamp = Field(article, "concurrencyStamp") });
        await admin.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Delete, $"{api}/{pictureId}");
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client().GetAsync(picture)).StatusCode);
        await admin.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Delete, $"{api}/{unused["id"]!.GetValue<long>()}");
        await admin.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Delete, $"{api}/{pictureId}");
    }

    [Fact]
    public async Task The_library_page_uploads_without_javascript_filters_by_kind_and_deletes_after_confirmation()
    {
        const string slug = Demo.OtherDistrictCommune;
        var library = $"/{slug}/admin/media";
        using var author = await site.SignedInAsync(slug, Demo.Author(slug));
        Assert.Contains("Thư viện tệp", AdminPages.MenuLinks(await author.PageAsync($"/{slug}/admin")));

        var redirect = await author.PostFormExpectingRedirectAsync(library, library, [], new Upload("file", "Thông báo lịch tiếp dân.docx", MediaFixtures.Docx(), "application/octet-stream"));
        Assert.Equal(library, redirect);
        var page = await author.PageAsync(library);
        Assert.Contains("Đã tải lên \"Thông báo lịch tiếp dân.docx\" (Tài liệu,", page);
        Assert.Contains(">Thông báo lịch tiếp dân.docx</a>", page);
        Assert.Contains("Tài liệu (Word)", page);
        Assert.Contains("Chưa dùng", page);
        Assert.DoesNotContain("Thông báo lịch tiếp dân.docx", await author.PageAsync($"{library}?kind=audio"));
        Assert.Contains("Thông báo lịch tiếp dân.docx", await author.PageAsync($"{library}?kind=document"));

        var id = (await author.GetJsonAsync($"/{slug}/api/admin/media?kind=document"))!["files"]![0]!["id"]!.GetValue<long>();
        var confirm = $"{library}/{id}/delete";
        Assert.Contains("Xóa tệp</button>", await author.PageAsync(confirm));
        Assert.Equal(library, await author.PostFormExpectingRedirectAsync(confirm, confirm, []));
        Assert.Contains("Đã xóa \"Thông báo lịch tiếp dân.docx\".", await author.PageAsync(library));
        Assert.Equal(0, await CountAsync(author, "document", slug));

        using var anonymous = site.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/{slug}/api/admin/media")).StatusCode);
    }

    [Fact]
    public async Task Files_uploaded_before_the_library_are_listed_without_their_renditions()
    {
        const string slug = Demo.District;
        var folder = Path.Combine(site.MediaFolder, site.Tenant(slug).Id.ToString(), "2025", "06");
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, "anh-cu.png"), MediaFixtures.Png());
        await File.WriteAllBytesAsync(Path.Combine(folder, "anh-cu-320w.webp"), MediaFixtures.Png());
        using var admin = await site.SignedInAsync(slug, Demo.Administrator(slug));

        var listed = await admin.GetJsonAsync($"/{slug}/api/admin/media");
        var again = await admin.GetJsonAsync($"/{slug}/api/admin/media");

        var file = Assert.Single(listed!["files"]!.AsArray());
        Assert.Equal(($"/{slug}/media/2025/06/anh-cu.png", "anh-cu.png", "image"), (Field(file, "url"), Field(file, "fileName"), Field(file, "kind")));
        Assert.Equal(1, again!["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Retiring_a_site_keeps_its_files_for_the_successor_and_points_its_content_at_them()
    {
        await ProvisionAsync("district", "Huyện Tư Liệu", "9700", "38");
        var retiring = await ProvisionAsync("commune", "Xã Tư Liệu Cũ", "970001", "9700");
        var successor = await ProvisionAsync("commune", "Xã Tư Liệu Mới", "970002", "9700");
        var (pdf, png) = await site.InTenantAsync(retiring, async services =>
        {
            var library = services.GetRequiredService<IMediaLibrary>();
            var document = await library.UploadAsync(new MemoryStream(MediaFixtures.Pdf()), "Quyết định sáp nhập.pdf");
            var image = await library.UploadAsync(new MemoryStream(MediaFixtures.Png()), "Trụ sở.png", [MediaKind.Image]);
            Assert.True(document.Succeeded && image.Succeeded);
            var content = services.GetRequiredService<IContentManager>();
            var item = content.New("Article");
            item.DisplayText = "Quyết định sáp nhập xã";
            item.Apply(new SummaryPart { Text = "Toàn văn quyết định." })
                .Apply(new MarkdownBodyPart { Markdown = $"[Tải quyết định]({document.Value!.Url})" })
                .Apply(new ImagePart { Url = image.Value!.Url, Alt = "Trụ sở xã" });
            Assert.True((await content.CreateAsync(item, publish: true)).Succeeded);
            return (document.Value.Url, image.Value.Url);
        });
        Assert.StartsWith("/xa-tu-lieu-cu/media/", pdf);
        var tree = site.Services.GetRequiredService<TenantTreeService>();
        var successorFolder = Path.Combine(site.MediaFolder, successor.Id.ToString());

        var preview = await tree.RetireAsync(["970001"], "970002", RetiredUsers.Move, dryRun: true);
        Assert.True(preview.Succeeded, string.Join(" ", preview.Errors.Values));
        Assert.Contains(preview.Changes, c => c.StartsWith("Giữ 2 tệp của thư viện Xã Tư Liệu Cũ trong thư viện Xã Tư Liệu Mới"));
        Assert.False(Directory.Exists(successorFolder));

        var result = await tree.RetireAsync(["970001"], "970002", RetiredUsers.Move, dryRun: false);

        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Values));
        var movedPdf = pdf.Replace("/xa-tu-lieu-cu/", "/xa-tu-lieu-moi/");
        var movedPng = png.Replace("/xa-tu-lieu-cu/", "/xa-tu-lieu-moi/");
        using var citizen = site.Client();
        using var served = await citizen.GetAsync(movedPdf);
        Assert.Equal((HttpStatusCode.OK, "Quyết định sáp nhập.pdf"), (served.StatusCode, served.Content.Headers.ContentDisposition?.FileNameStar));
        using var old = await citizen.GetAsync(pdf);
        Assert.Equal((HttpStatusCode.MovedPermanently, movedPdf), (old.StatusCode, old.Headers.Location?.OriginalString));
        var article = await citizen.PageAsync("/xa-tu-lieu-moi/tin-tuc/quyet-dinh-sap-nhap-xa");
        Assert.Contains($"href=\"{movedPdf}\"", article);
        Assert.Contains($"src=\"{movedPng}\"", article);
        Assert.DoesNotContain("/xa-tu-lieu-cu/media/", article);

        var listed = await site.InTenantAsync(site.Catalog.Find(successor.Id), async services =>
        {
            var library = services.GetRequiredService<IMediaLibrary>();
            var page = await library.ListAsync(null, 1, 20);
            return (page, await library.UsagesAsync([movedPdf]));
        });
        Assert.Equal(["Trụ sở.png", "Quyết định sáp nhập.pdf"], listed.page.Files.Select(f => f.FileName));
        Assert.Equal([movedPng, movedPdf], listed.page.Files.Select(f => f.Url));
        Assert.Equal("Quyết định sáp nhập xã (Xã Tư Liệu Cũ)", Assert.Single(listed.Item2[movedPdf]).Title);
    }

    private async Task<TenantContext> ProvisionAsync(string recipe, string name, string code, string parent)
    {
        var result = await site.Services.GetRequiredService<TenantProvisioner>().ProvisionAsync(new ProvisioningRequest
        {
            Recipe = recipe,
            Parameters = new Dictionary<string, string> { ["unitName"] = name, ["code"] = code, ["parent"] = parent },
        });
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        return result.Tenants[0];
    }

    private static async Task<JsonNode> UploadAsync(SiteClient client, string api, byte[] content, string name)
    {
        using var response = await PostFileAsync(client, api, content, name);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Upload of {name}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    private static async Task<JsonNode> RefusedAsync(SiteClient client, byte[] content, string name, HttpStatusCode expected)
    {
        using var response = await PostFileAsync(client, Api, content, name);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Upload of {name}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    private static Task<HttpResponseMessage> PostFileAsync(SiteClient client, string api, byte[] content, string name)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        // What the browser claims is never trusted.
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", name);
        return client.Http.PostAsync(api, form);
    }

    private static string Error(JsonNode problem) => problem["errors"]!["file"]![0]!.GetValue<string>();

    private static async Task<int> CountAsync(SiteClient client, string kind, string slug = Commune) =>
        (await client.GetJsonAsync($"/{slug}/api/admin/media?kind={kind}"))!["total"]!.GetValue<int>();

    private static byte[] Padded(byte[] start, int length)
    {
        var bytes = new byte[length];
        start.CopyTo(bytes, 0);
        return bytes;
    }

    private static byte[] Make(string fixture) =>
        (byte[])typeof(MediaFixtures).GetMethod(fixture)!.Invoke(null, fixture is nameof(MediaFixtures.Wav) ? [4000] : [])!;
}

public sealed class MediaLibraryOnSqlite(MediaSqliteSite site) : MediaLibraryTests(site), IClassFixture<MediaSqliteSite>;

public sealed class MediaLibraryOnPostgreSql(MediaPostgreSqlSite site) : MediaLibraryTests(site), IClassFixture<MediaPostgreSqlSite>;
