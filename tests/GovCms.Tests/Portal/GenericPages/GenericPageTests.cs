using System.Net;
using GovCms.Content;
using GovCms.Content.Fields;
using GovCms.Content.Indexing;
using GovCms.Contents;
using GovCms.Media;
using GovCms.Tenants;
using GovCms.Tests.Infrastructure;
using GovCms.Tests.Media;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Portal.GenericPages;

/// <summary>
/// The engine's public pages of a module's type: /{prefix} lists the published items, /{prefix}/{slug} shows one made of
/// its parts' displays (each field by its kind), gated by the module, with what the sites above share down.
/// </summary>
public abstract class GenericPageTests(GovCmsSite site)
{
    [Fact]
    public async Task The_item_page_shows_every_field_by_its_kind()
    {
        var (province, _) = await SitesAsync();
        var pdf = await UploadAsync(province, MediaFixtures.Pdf(), "Báo cáo quý 1.pdf");
        var png = await UploadAsync(province, MediaFixtures.Png(), "anh.png");
        var old = await CreateAsync(province, "Báo cáo cũ", new DisclosurePart { Number = "01/BC" });
        var item = await CreateAsync(province, "Công khai dự toán 2026", new DisclosurePart
        {
            Number = "12/BC-UBND",
            Notes = "Dòng một\nDòng hai",
            Body = "Theo **Nghị định 163**.",
            IssuedOn = new DateOnly(2026, 3, 5),
            DeadlineUtc = new DateTime(2026, 3, 20, 2, 30, 0, DateTimeKind.Utc),
            Ratio = 1250.5m,
            Budget = 1_250_000,
            Kind = "ngan-sach",
            Sources = ["trung-uong", "dia-phuong"],
            Audited = true,
            Fields = ["tai-chinh"],
            Replaces = [new ContentLink(old.ContentItemId)],
            Attachments = [pdf],
        }, new ImagePart { Url = png, Alt = "Toàn cảnh hội nghị" });

        using var client = site.Client();
        var html = await client.PageAsync($"/{province.UrlPrefix}/cong-khai/{item.Slug}");
        var article = Html.Element(html, "article", "content-item");
        Assert.Contains("<h1 class=\"article__title\">Công khai dự toán 2026</h1>", article);
        Assert.Contains("12/BC-UBND", article);
        Assert.Contains("Dòng một<br>", article);
        Assert.Contains("<strong>Nghị định 163</strong>", article);
        Assert.Contains("<time datetime=\"2026-03-05\">05/03/2026</time>", article);
        Assert.Contains(">20/03/2026 09:30</time>", article);
        Assert.Contains("1.250,5", article);
        Assert.Contains("1.250.000 đ", article);
        Assert.Contains("<dd>Ngân sách</dd>", article);
        Assert.Contains("Ngân sách trung ương, Ngân sách địa phương", article);
        Assert.Contains("<dt>Đã kiểm toán</dt>", article);
        Assert.Contains("<dd>Có</dd>", article);
        Assert.Contains("<dd>Tài chính</dd>", article);
        Assert.Contains("<dt>Thay thế</dt>", article);
        Assert.Contains($"href=\"/{province.UrlPrefix}/cong-khai/{old.Slug}\">Báo cáo cũ</a>", article);
        Assert.Contains($"href=\"{pdf}\" download=\"Báo cáo quý 1.pdf\">Báo cáo quý 1.pdf</a>", article);
        Assert.Contains($"(Tài liệu PDF, {MediaFixtures.Pdf().Length} byte)", article);
        // The image part has a display of its own (the news module's): the picture with its description.
        Assert.Contains("alt=\"Toàn cảnh hội nghị\"", article);
        Assert.DoesNotContain("Mô tả ảnh", article);

        // The other end of the link, under the inverse name.
        var oldPage = Html.Element(await client.PageAsync($"/{province.UrlPrefix}/cong-khai/{old.Slug}"), "article", "content-item");
        Assert.Contains("<dt>Bị thay thế</dt>", oldPage);
        Assert.Contains($"href=\"/{province.UrlPrefix}/cong-khai/{item.Slug}\">Công khai dự toán 2026</a>", oldPage);
    }

    [Fact]
    public async Task The_listing_pages_the_published_items_newest_first_with_an_empty_state()
    {
        var (province, district) = await SitesAsync();
        using var client = site.Client();
        var empty = await client.PageAsync($"/{district.UrlPrefix}/cong-khai");
        Assert.Contains("Chưa có nội dung nào trong mục này.", empty);

        for (var i = 1; i <= 11; i++)
        {
            await CreateAsync(province, $"Báo cáo số {i:D2}", new DisclosurePart { Number = $"{i}/BC" });
        }

        await CreateAsync(province, "Bản nháp chưa đăng", new DisclosurePart(), publish: false);
        var first = await client.PageAsync($"/{province.UrlPrefix}/cong-khai");
        Assert.Contains("<h1 class=\"page-title\">Công khai ngân sách</h1>", first);
        Assert.Contains("11 mục", first);
        var titles = Html.LinkTexts(Html.Element(first, "ul", "card-list")).Where(t => t.StartsWith("Báo cáo số", StringComparison.Ordinal)).ToList();
        Assert.Equal(10, titles.Count);
        Assert.Equal("Báo cáo số 11", titles[0]);
        Assert.DoesNotContain("Bản nháp chưa đăng", first);
        Assert.Contains($"href=\"/{province.UrlPrefix}/cong-khai?page=2\"", first);

        var second = await client.PageAsync($"/{province.UrlPrefix}/cong-khai?page=2");
        Assert.Contains("Báo cáo số 01", second);
        using var past = await client.GetAsync($"/{province.UrlPrefix}/cong-khai?page=3");
        Assert.Equal(HttpStatusCode.NotFound, past.StatusCode);
    }

    [Fact]
    public async Task Pages_answer_404_where_the_module_is_off_or_the_item_is_not_published()
    {
        var (province, _) = await SitesAsync();
        var draft = await CreateAsync(province, "Chưa đăng", new DisclosurePart(), publish: false);
        var live = await CreateAsync(province, "Đã đăng", new DisclosurePart());
        using var client = site.Client();
        await ExpectNotFoundAsync(client, $"/{province.UrlPrefix}/cong-khai/{draft.Slug}");
        await ExpectNotFoundAsync(client, $"/{province.UrlPrefix}/cong-khai/khong-co");

        await SetFeatureAsync(province, enabled: false);
        await ExpectNotFoundAsync(client, $"/{province.UrlPrefix}/cong-khai");
        await ExpectNotFoundAsync(client, $"/{province.UrlPrefix}/cong-khai/{live.Slug}");

        await SetFeatureAsync(province, enabled: true);
        Assert.Contains("Đã đăng", await client.PageAsync($"/{province.UrlPrefix}/cong-khai/{live.Slug}"));
    }

    [Fact]
    public async Task Items_shared_downward_show_on_the_pages_below_with_their_owner()
    {
        var (province, district) = await SitesAsync();
        var shared = await CreateAsync(province, "Hướng dẫn công khai của tỉnh", new DisclosurePart { Number = "05/HD" }, sharing: new SharingPart { SharedDownward = true });
        var kept = await CreateAsync(province, "Báo cáo riêng của tỉnh", new DisclosurePart());
        using var client = site.Client();

        var listing = await client.PageAsync($"/{district.UrlPrefix}/cong-khai");
        var fromAbove = Html.Element(listing, "section", "listing__shared");
        Assert.Contains("Hướng dẫn công khai của tỉnh", fromAbove);
        Assert.Contains($"Của: {province.DisplayName}", fromAbove);
        Assert.DoesNotContain("Báo cáo riêng của tỉnh", listing);

        var page = Html.Element(await client.PageAsync($"/{district.UrlPrefix}/cong-khai/{shared.Slug}"), "article", "content-item");
        Assert.Contains("05/HD", page);
        Assert.Contains($"Của: {province.DisplayName}", page);
        await ExpectNotFoundAsync(client, $"/{district.UrlPrefix}/cong-khai/{kept.Slug}");
    }

    [Fact]
    public async Task A_type_declared_as_a_service_has_pages_and_reserves_its_prefix()
    {
        var (province, _) = await SitesAsync();
        using var client = site.Client();
        Assert.Contains("<h1 class=\"page-title\">Thông tư hướng dẫn</h1>", await client.PageAsync($"/{province.UrlPrefix}/thong-tu-huong-dan"));

        var refused = await site.InTenantAsync(null, services => services.GetRequiredService<TenantService>().CreateAsync(new TenantCreateRequest
        {
            DisplayName = "Xã Thử", Slug = "xa-thu-" + Guid.NewGuid().ToString("N")[..6], Level = "district", ParentId = province.Id, UrlPrefix = "thong-tu-huong-dan",
        }));
        Assert.Contains("loại nội dung \"Thông tư hướng dẫn\" của mô-đun \"Công khai ngân sách\"", refused.Errors["urlPrefix"]);
    }

    [Fact]
    public async Task The_news_module_keeps_serving_its_own_pages()
    {
        var (province, _) = await SitesAsync();
        using var client = site.Client();
        // Article declares OwnPublicPages: /tin-tuc is the news module's listing, and Page has no listing at all.
        Assert.Contains("Chưa có bài viết nào trong mục này.", await client.PageAsync($"/{province.UrlPrefix}/tin-tuc"));
        await ExpectNotFoundAsync(client, $"/{province.UrlPrefix}/trang");
    }

    [Fact]
    public async Task The_public_api_serves_any_modules_type_from_its_parts_without_editing_fields()
    {
        var (province, _) = await SitesAsync();
        var png = await UploadAsync(province, MediaFixtures.Png(), "anh.png");
        var item = await CreateAsync(province, "Công khai quyết toán", new DisclosurePart { Number = "7/BC", Body = "Số liệu **đã kiểm tra**.", Budget = 500_000, Kind = "dau-tu" },
            new ImagePart { Url = png, Alt = "Bảng số liệu" });
        using var citizen = site.Client();

        var one = (await citizen.GetJsonAsync($"/{province.UrlPrefix}/api/content/Disclosure/{item.Slug}"))!.AsObject();
        Assert.Equal("Công khai quyết toán", one["displayText"]!.GetValue<string>());
        Assert.Equal($"/{province.UrlPrefix}/cong-khai/{item.Slug}", one["url"]!.GetValue<string>());
        Assert.Equal(png, one["imageUrl"]!.GetValue<string>());
        Assert.Equal("Bảng số liệu", one["imageAlt"]!.GetValue<string>());
        var part = one["parts"]!["disclosurePart"]!.AsObject();
        Assert.Equal("7/BC", part["number"]!.GetValue<string>());
        Assert.Equal(500_000, part["budget"]!.GetValue<long>());
        Assert.Equal("dau-tu", part["kind"]!.GetValue<string>());
        Assert.Contains("<strong>đã kiểm tra</strong>", part["bodyHtml"]!.GetValue<string>());
        Assert.False(part.ContainsKey("body"), "the public API shows the Markdown source");
        Assert.All(new[] { "id", "contentType", "version", "author", "concurrencyStamp", "published" }, key => Assert.False(one.ContainsKey(key), key));

        var list = await citizen.GetJsonAsync($"/{province.UrlPrefix}/api/content/Disclosure");
        Assert.Contains(list!["items"]!.AsArray(), i => i!["slug"]!.GetValue<string>() == item.Slug);

        await SetFeatureAsync(province, enabled: false);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/{province.UrlPrefix}/api/content/Disclosure/{item.Slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/{province.UrlPrefix}/api/content/Disclosure")).StatusCode);
        await SetFeatureAsync(province, enabled: true);
    }

    [Fact]
    public void Audit_details_name_any_parts_fields_by_their_labels()
    {
        var services = site.Services;
        var details = new GovCms.Audit.AuditDetails(services.GetRequiredService<GovCms.Modules.ModuleCatalog>(), site.Catalog,
            services.GetRequiredService<Microsoft.Extensions.Options.IOptions<TenancyOptions>>(), services.GetRequiredService<GovCms.Audit.ContentFieldLabels>());

        var lines = details.Describe("""
            {"changes":[{"field":"title","before":"A","after":"B"},{"field":"DisclosurePart.budget","before":"1","after":"2"},
            {"field":"SummaryPart.text","before":null,"after":"Mới"},{"field":"ImagePart.alt","before":"x","after":"y"},{"field":"Unknown.x","before":"1","after":"2"}]}
            """);

        Assert.Equal(["Tiêu đề", "Tổng kinh phí", "Tóm tắt", "Mô tả ảnh", "Unknown.x"], lines.Select(l => l.Label));
        Assert.Equal("\"1\" → \"2\"", lines[1].Text);
    }

    private static async Task ExpectNotFoundAsync(SiteClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy", await response.Content.ReadAsStringAsync());
    }

    /// <summary>A province with the modules on, and a district below it.</summary>
    private async Task<(TenantContext Province, TenantContext District)> SitesAsync()
    {
        var province = await CreateSiteAsync("Tỉnh Công Khai", "province", null);
        return (province, await CreateSiteAsync("Huyện Công Khai", "district", province.Id));
    }

    private Task<TenantContext> CreateSiteAsync(string displayName, string level, int? parentId) =>
        site.InTenantAsync(null, async services =>
        {
            var slug = GovCms.Text.VietnameseText.Slugify(displayName) + "-" + Guid.NewGuid().ToString("N")[..6];
            var created = await services.GetRequiredService<TenantService>().CreateAsync(new TenantCreateRequest
            {
                DisplayName = displayName, Slug = slug, Level = level, ParentId = parentId, UrlPrefix = slug,
                Features = [ContentsModule.Id, DisclosuresModule.Id],
            });
            Assert.True(created.Succeeded, string.Join(" ", created.Errors.Values));
            return created.Value!;
        });

    private Task SetFeatureAsync(TenantContext tenant, bool enabled) =>
        site.InTenantAsync(null, async services =>
        {
            var changed = await services.GetRequiredService<TenantService>().SetFeatureAsync(tenant.Id, DisclosuresModule.Id, enabled);
            Assert.True(changed.Succeeded, string.Join(" ", changed.Errors.Values));
            return changed;
        });

    private Task<string> UploadAsync(TenantContext tenant, byte[] bytes, string fileName) =>
        site.InTenantAsync(site.Catalog.Find(tenant.Id), async services =>
        {
            var uploaded = await services.GetRequiredService<IMediaLibrary>().UploadAsync(new MemoryStream(bytes), fileName);
            Assert.True(uploaded.Succeeded, string.Join(" ", uploaded.Errors.Values));
            return uploaded.Value!.Url;
        });

    private Task<ContentItem> CreateAsync(TenantContext tenant, string title, DisclosurePart part, ImagePart? image = null, bool publish = true, SharingPart? sharing = null) =>
        site.InTenantAsync(site.Catalog.Find(tenant.Id), async services =>
        {
            var content = services.GetRequiredService<IContentManager>();
            var item = content.New(DisclosuresModule.Disclosure.Name);
            item.DisplayText = title;
            item.Slug = GovCms.Text.VietnameseText.Slugify(title) + "-" + Guid.NewGuid().ToString("N")[..6];
            item.Apply(part);
            if (image is not null)
            {
                item.Apply(image);
            }

            if (sharing is not null)
            {
                item.Apply(sharing);
            }

            var created = await content.CreateAsync(item, publish);
            Assert.True(created.Succeeded, string.Join(" ", created.Errors.Values));
            return created.Value!;
        });
}

public sealed class GenericPageSqliteTests(DisclosuresSqliteSite site) : GenericPageTests(site), IClassFixture<DisclosuresSqliteSite>;

public sealed class GenericPagePostgreSqlTests(DisclosuresPostgreSqlSite site) : GenericPageTests(site), IClassFixture<DisclosuresPostgreSqlSite>;
