using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using GovCms.Documents;
using GovCms.Tests.Infrastructure;
using GovCms.Tests.Media;
using GovCms.Tests.Portal;
using SkiaSharp;
using ZXing;
using ZXing.Common;
using static GovCms.Tests.Documents.DocumentPublicPages;

namespace GovCms.Tests.Documents;

/// <summary>
/// The citizens' pages of the documents module over HTTP on the demo network: the registry's filters with their counts,
/// the number/symbol and abstract search, a document's page with every field, files, relations both ways, its QR code and
/// JSON-LD, documents shared down the tree, the RSS feeds and the sitemap; confidential documents nowhere.
/// </summary>
public abstract class DocumentPublicTests(GovCmsSite site)
{
    private static string Ubnd(string prefix) => $"ubnd-{prefix}";

    private static string Hdnd(string prefix) => $"hdnd-{prefix}";

    private static string Registry(string prefix, string query = "") => $"/{prefix}/van-ban{query}";

    [Fact]
    public async Task The_registry_filters_by_each_field_and_counts_each_value_with_the_other_filters_applied()
    {
        const string commune = Demo.Commune;
        using var admin = await site.SignedInAsync(commune, Demo.Administrator(commune));
        // A word of their own in every abstract keeps the other tests' documents out of these counts.
        var a = await CreateAsync(admin, commune, Input("101", "QĐ-UBND", "2024-03-05", "Quyết định giao đất Hoằng Phụ", Ubnd(commune))
            .With(("fields", new JsonArray("dat-dai")), ("validity", DocumentValidity.InForce)));
        var b = await CreateAsync(admin, commune, Input("102", "NQ-HĐND", "2025-01-10", "Nghị quyết Hoằng Phụ về y tế và đất đai", Hdnd(commune))
            .With(("fields", new JsonArray("dat-dai", "y-te")), ("validity", DocumentValidity.Expired)));
        var c = await CreateAsync(admin, commune, Input("103", "KH-UBND", "2025-06-20", "Kế hoạch y tế Hoằng Phụ", Ubnd(commune), type: "ke-hoach")
            .With(("fields", new JsonArray("y-te")), ("validity", DocumentValidity.InForce)));
        var d = await CreateAsync(admin, commune, Input("104", "UBND-VP", "2025-09-01", "Công văn Hoằng Phụ về lịch tiếp dân", Ubnd(commune), type: "cong-van")
            .With(("validity", DocumentValidity.Unknown)));
        await CreateAsync(admin, commune, Input("105", "QĐ-UBND", "2025-02-02", "Quyết định Hoằng Phụ chưa xuất bản", Ubnd(commune), publish: false));
        using var citizen = site.Client();
        async Task<string> PageAsync(string query) => await citizen.PageAsync(Registry(commune, $"?q=hoang+phu{query}"));

        var all = await PageAsync("");
        Assert.Equal([d.Slug, c.Slug, b.Slug, a.Slug], Listed(all, commune)); // newest issued first, the draft left out
        Assert.Contains("4 văn bản", all);
        Assert.Equal(new Dictionary<string, int> { ["quyet-dinh"] = 2, ["ke-hoach"] = 1, ["cong-van"] = 1 }, Counts(all, "loai"));
        Assert.Equal(new Dictionary<string, int> { ["2025"] = 3, ["2024"] = 1 }, Counts(all, "nam"));

        var decisions = await PageAsync("&loai=quyet-dinh");
        Assert.Equal([b.Slug, a.Slug], Listed(decisions, commune));
        // A filter's own values are counted without it, the others' with it.
        Assert.Equal(new Dictionary<string, int> { ["quyet-dinh"] = 2, ["ke-hoach"] = 1, ["cong-van"] = 1 }, Counts(decisions, "loai"));
        Assert.Equal(new Dictionary<string, int> { ["2025"] = 1, ["2024"] = 1 }, Counts(decisions, "nam"));
        Assert.Equal(new Dictionary<string, int> { [Ubnd(commune)] = 1, [Hdnd(commune)] = 1 }, Counts(decisions, "co-quan"));
        Assert.Matches(@"<option value=""quyet-dinh"" selected=""selected""", decisions);

        Assert.Equal([b.Slug], Listed(await PageAsync($"&co-quan={Hdnd(commune)}"), commune));
        var health = await PageAsync("&linh-vuc=y-te");
        Assert.Equal([c.Slug, b.Slug], Listed(health, commune));
        Assert.Equal(new Dictionary<string, int> { ["dat-dai"] = 2, ["y-te"] = 2 }, Counts(health, "linh-vuc"));
        Assert.Equal(new Dictionary<string, int> { ["quyet-dinh"] = 1, ["ke-hoach"] = 1 }, Counts(health, "loai"));

        Assert.Equal([d.Slug, c.Slug, b.Slug], Listed(await PageAsync("&nam=2025"), commune));
        var inForce = await PageAsync($"&hieu-luc={DocumentValidity.InForce}");
        Assert.Equal([c.Slug, a.Slug], Listed(inForce, commune));
        Assert.Equal(new Dictionary<string, int> { [DocumentValidity.InForce] = 2, [DocumentValidity.Expired] = 1, [DocumentValidity.Unknown] = 1 }, Counts(inForce, "hieu-luc"));
        Assert.Contains("Hết hiệu lực toàn bộ", all);

        // Issued between: dd/MM/yyyy as typed, or yyyy-MM-dd as the date input sends it.
        Assert.Equal([c.Slug, b.Slug], Listed(await PageAsync("&tu-ngay=01/01/2025&den-ngay=2025-06-30"), commune));
        Assert.Equal([d.Slug, c.Slug, b.Slug], Listed(await PageAsync("&tu-ngay=2025-01-10"), commune));
        Assert.Equal([b.Slug, a.Slug], Listed(await PageAsync("&loai=quyet-dinh&den-ngay=31/12/2025&linh-vuc=dat-dai"), commune));
    }

    [Fact]
    public async Task Paging_keeps_the_filters_in_its_links_and_a_page_past_the_last_is_not_found()
    {
        const string commune = Demo.SiblingCommune;
        using var admin = await site.SignedInAsync(commune, Demo.Administrator(commune));
        for (var i = 1; i <= 22; i++)
        {
            await CreateAsync(admin, commune, Input($"{200 + i}", "TB-UBND", $"2025-04-{i:00}", $"Thông báo lịch trực Quảng Tiến số {i}", Ubnd(commune), type: "thong-bao"));
        }

        using var citizen = site.Client();
        var first = await citizen.PageAsync(Registry(commune, "?q=quang+tien&loai=thong-bao"));
        Assert.Equal(20, Listed(first, commune).Count);
        Assert.Contains($"href=\"/{commune}/van-ban?page=2&q=quang%20tien&loai=thong-bao\"", first);
        var second = await citizen.PageAsync(Registry(commune, "?page=2&q=quang+tien&loai=thong-bao"));
        Assert.Equal(2, Listed(second, commune).Count);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync(Registry(commune, "?page=3&q=quang+tien&loai=thong-bao"))).StatusCode);
        // The output cache keeps one page per filter: another type is another page.
        Assert.Empty(Listed(await citizen.PageAsync(Registry(commune, "?q=quang+tien&loai=quyet-dinh")), commune));
    }

    [Fact]
    public async Task Bad_filter_values_show_vietnamese_messages_next_to_their_fields_and_never_fail()
    {
        using var citizen = site.Client();
        using var response = await citizen.GetAsync(Registry(Demo.Commune, "?loai=sac-lenh&nam=20x5&tu-ngay=32/01/2025&hieu-luc=mai-mai&linh-vuc=khong-co&co-quan=ubnd-noi-khac"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Loại văn bản \"sac-lenh\" không có", html);
        Assert.Contains("Năm \"20x5\" không hợp lệ", html);
        Assert.Contains("Từ ngày \"32/01/2025\" không phải là ngày", html);
        Assert.Contains("Tình trạng hiệu lực \"mai-mai\" không có", html);
        Assert.Contains("Lĩnh vực \"khong-co\" không có", html);
        Assert.Contains("Cơ quan ban hành \"ubnd-noi-khac\" không có", html);
        Assert.Matches(@"<select id=""loc-loai"" name=""loai"" aria-invalid=""true"" aria-describedby=""loi-loai"">", html);
        Assert.Contains("<p class=\"field-error\" id=\"loi-nam\">", html);
        Assert.Equal(HttpStatusCode.BadRequest, (await citizen.GetAsync(Registry(Demo.Commune, "?tu-ngay=2025-05-01&den-ngay=2025-04-01"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await citizen.GetAsync(Registry(Demo.Commune, $"?q={new string('a', 101)}"))).StatusCode);
    }

    [Fact]
    public async Task The_search_box_finds_a_document_by_its_number_and_symbol_typed_any_way_and_by_the_words_of_its_abstract()
    {
        const string commune = Demo.OtherDistrictCommune;
        using var admin = await site.SignedInAsync(commune, Demo.Administrator(commune));
        var target = await CreateAsync(admin, commune, Input("15", "QĐ-UBND", "2025-03-05", "Quyết định ban hành Kế hoạch chuyển đổi số năm 2025", Ubnd(commune)));
        // Newer, and naming the number in its abstract: found too, but after the exact number.
        var mention = await CreateAsync(admin, commune, Input("16", "QĐ-UBND", "2025-05-05", "Sửa đổi Quyết định số 15/QĐ-UBND về chuyển đổi số", Ubnd(commune)));
        var other = await CreateAsync(admin, commune, Input("115", "QĐ-UBND", "2025-06-05", "Quyết định về trường học", Ubnd(commune)));
        using var citizen = site.Client();

        foreach (var typed in new[] { "15/QĐ-UBND", "15/qđ-ubnd", "15 / QĐ - UBND" })
        {
            var found = Listed(await citizen.PageAsync(Registry(commune, $"?q={Uri.EscapeDataString(typed)}")), commune);
            Assert.Equal(target.Slug, found.FirstOrDefault());
            Assert.DoesNotContain(other.Slug, found);
        }

        var byNumber = Listed(await citizen.PageAsync(Registry(commune, "?q=15")), commune);
        Assert.Contains(target.Slug, byNumber);
        Assert.DoesNotContain(other.Slug, byNumber);
        foreach (var typed in new[] { "QĐ-UBND", "qd ubnd" })
        {
            Assert.Contains(target.Slug, Listed(await citizen.PageAsync(Registry(commune, $"?q={Uri.EscapeDataString(typed)}")), commune));
        }

        var byWords = Listed(await citizen.PageAsync(Registry(commune, "?q=ke+hoach+chuyen+doi+so")), commune);
        Assert.Equal([target.Slug], byWords);
        Assert.Equal([mention.Slug, target.Slug], Listed(await citizen.PageAsync(Registry(commune, "?q=chuyển+đổi+số")), commune));
        Assert.Contains("value=\"ke hoach chuyen doi so\"", await citizen.PageAsync(Registry(commune, "?q=ke+hoach+chuyen+doi+so")));
    }

    [Fact]
    public async Task A_documents_page_shows_every_field_its_files_with_a_pdf_preview_its_relations_both_ways_a_qr_code_and_json_ld()
    {
        const string commune = Demo.Commune;
        using var admin = await site.SignedInAsync(commune, Demo.Administrator(commune));
        var pdf = await UploadAsync(admin, commune, MediaFixtures.Pdf(), "Quyết định 21.pdf");
        var old = await CreateAsync(admin, commune, Input("20", "QĐ-UBND", "2020-02-01", "Quyết định cũ về quy chế làm việc", Ubnd(commune))
            .With(("validity", DocumentValidity.Expired), ("expiresOn", "2025-04-01")));
        var gone = await CreateAsync(admin, commune, Input("19", "QĐ-UBND", "2019-02-01", "Quyết định sẽ gỡ xuống", Ubnd(commune)));
        var document = await CreateAsync(admin, commune, Input("21", "QĐ-UBND", "2025-04-01", "Quyết định ban hành quy chế làm việc mới", Ubnd(commune)).With(
            ("signer", "Nguyễn Văn An"), ("signerTitle", "Chủ tịch"), ("effectiveOn", "2025-04-15"), ("expiresOn", "2030-12-31"),
            ("validity", DocumentValidity.InForce), ("fields", new JsonArray("hanh-chinh")), ("urgency", "khan"), ("files", new JsonArray(pdf)),
            ("body", "**Điều 1.** Ban hành kèm theo Quyết định này Quy chế làm việc."),
            ("nationalDatabaseUrl", "https://vbpl.vn/thanhhoa/Pages/vbpq-toanvan.aspx?ItemID=21"),
            ("relations", new JsonArray(
                new JsonObject { ["type"] = DocumentRelations.Replaces, ["contentItemId"] = old.Id },
                new JsonObject { ["type"] = DocumentRelations.Cites, ["contentItemId"] = gone.Id },
                new JsonObject { ["type"] = DocumentRelations.BasedOn, ["label"] = "Luật Tổ chức chính quyền địa phương 2015", ["url"] = "https://vbpl.vn/luat-77-2015" }))));
        var stamp = SiteClient.Field(await admin.GetJsonAsync($"/{commune}/api/admin/content/{gone.Id}"), "concurrencyStamp");
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/{commune}/api/admin/content/{gone.Id}/unpublish", new { concurrencyStamp = stamp });
        using var citizen = site.Client();

        var page = await citizen.PageAsync($"/{commune}/van-ban/{document.Slug}");
        Assert.Contains("<h1 class=\"document__title\">Quyết định ban hành quy chế làm việc mới</h1>", page);
        Assert.Contains("<p class=\"document__number\">Số: 21/QĐ-UBND</p>", page);
        var facts = Html.Text(Html.Element(page, "dl", "document-facts"));
        foreach (var text in new[] { "Loại văn bản Quyết định", "Cơ quan ban hành Ủy ban nhân dân phường Đông Sơn", "Người ký Nguyễn Văn An – Chủ tịch",
            "Ngày ban hành 01/04/2025", "Ngày có hiệu lực 15/04/2025", "Ngày hết hiệu lực 31/12/2030", "Tình trạng hiệu lực Còn hiệu lực", "Lĩnh vực Hành chính" })
        {
            Assert.Contains(text, facts);
        }

        Assert.Contains("Khẩn", page);
        Assert.Contains("href=\"https://vbpl.vn/thanhhoa/Pages/vbpq-toanvan.aspx?ItemID=21\"", page);
        Assert.Contains("<strong>Điều 1.</strong>", page);
        Assert.Contains("Quyết định 21.pdf", page);
        Assert.Matches(@"\(PDF, \d+ (byte|KB)\)", page);
        Assert.Contains($"<iframe class=\"document-preview\" src=\"{pdf}\"", page);
        Assert.Contains($"href=\"{pdf}\" download=\"Quyết định 21.pdf\"", page);
        var relations = Html.Text(Html.Element(page, "section", "document-relations"));
        Assert.Contains("Thay thế 20/QĐ-UBND – Quyết định cũ về quy chế làm việc", relations);
        Assert.Contains("Dẫn chiếu Văn bản không còn được công bố trên cổng", relations); // unpublished since: plain text, no title
        Assert.DoesNotContain("Quyết định sẽ gỡ xuống", page);
        Assert.Contains("Căn cứ ban hành Luật Tổ chức chính quyền địa phương 2015", relations);
        Assert.Contains("href=\"https://vbpl.vn/luat-77-2015\"", page);
        Assert.Contains($"href=\"/{commune}/van-ban/{old.Slug}\"", page);

        // The replaced document says so at the top, naming what replaced it.
        var oldPage = await citizen.PageAsync($"/{commune}/van-ban/{old.Slug}");
        var alert = Html.Text(Html.Element(oldPage, "div", "document-alert"));
        Assert.Contains("Văn bản này hết hiệu lực toàn bộ từ ngày 01/04/2025.", alert);
        Assert.Contains("Được thay thế bởi: 21/QĐ-UBND – Quyết định ban hành quy chế làm việc mới", alert);
        Assert.True(oldPage.IndexOf("document-alert", StringComparison.Ordinal) < oldPage.IndexOf("<h1", StringComparison.Ordinal));

        // JSON-LD: schema.org Legislation.
        var json = Regex.Match(page, @"<script type=""application/ld\+json"">(.*?)</script>", RegexOptions.Singleline);
        Assert.True(json.Success);
        var ld = JsonNode.Parse(json.Groups[1].Value)!;
        Assert.Equal("Legislation", ld["@type"]!.GetValue<string>());
        Assert.Equal("21/QĐ-UBND", ld["legislationIdentifier"]!.GetValue<string>());
        Assert.Equal("Quyết định", ld["legislationType"]!.GetValue<string>());
        Assert.Equal("2025-04-01", ld["legislationDate"]!.GetValue<string>());
        Assert.Equal("https://schema.org/InForce", ld["legislationLegalForce"]!.GetValue<string>());
        Assert.Equal("Ủy ban nhân dân phường Đông Sơn", ld["legislationPassedBy"]!["name"]!.GetValue<string>());
        Assert.Equal($"http://localhost/{commune}/van-ban/{document.Slug}", ld["url"]!.GetValue<string>());
        Assert.Equal($"http://localhost{pdf}", ld["encoding"]![0]!["contentUrl"]!.GetValue<string>());

        // The QR code is a PNG that reads back as the page's address.
        Assert.Contains($"src=\"/{commune}/van-ban/{document.Slug}/qr.png\"", page);
        using var qr = await citizen.GetAsync($"/{commune}/van-ban/{document.Slug}/qr.png");
        Assert.Equal(HttpStatusCode.OK, qr.StatusCode);
        Assert.Equal("image/png", qr.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"http://localhost/{commune}/van-ban/{document.Slug}", Decode(await qr.Content.ReadAsByteArrayAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/{commune}/van-ban/khong-co/qr.png")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/{commune}/van-ban/{gone.Slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/{commune}/van-ban/khong-co")).StatusCode);
    }

    [Fact]
    public async Task Confidential_documents_are_in_no_public_page_feed_or_sitemap()
    {
        const string commune = Demo.SiblingCommune;
        using var admin = await site.SignedInAsync(commune, Demo.Administrator(commune));
        var open = await CreateAsync(admin, commune, Input("301", "CV-UBND", "2025-07-01", "Công văn công khai Nga Sơn", Ubnd(commune), type: "cong-van"));
        var secret = await CreateAsync(admin, commune, Input("302", "CV-UBND", "2025-07-02", "Công văn mật Nga Sơn", Ubnd(commune), type: "cong-van")
            .With(("confidential", true)));
        using var citizen = site.Client();

        var registry = await citizen.PageAsync(Registry(commune, "?q=nga+son"));
        Assert.Equal([open.Slug], Listed(registry, commune));
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/{commune}/van-ban/{secret.Slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/{commune}/van-ban/{secret.Slug}/qr.png")).StatusCode);
        Assert.Empty(Listed(await citizen.PageAsync(Registry(commune, "?q=302/CV-UBND")), commune));
        var feed = await citizen.PageAsync($"/{commune}/van-ban/rss.xml");
        Assert.Contains(open.Slug, feed);
        Assert.DoesNotContain(secret.Slug, feed);
        var sitemap = await citizen.PageAsync($"/{commune}/sitemap.xml");
        Assert.Contains($"http://localhost/{commune}/van-ban</loc>", sitemap);
        Assert.Contains($"http://localhost/{commune}/van-ban/{open.Slug}</loc>", sitemap);
        Assert.DoesNotContain(secret.Slug, sitemap);
    }

    [Fact]
    public async Task Documents_a_district_applies_to_the_units_below_show_there_with_their_owner_and_not_in_another_district()
    {
        using var district = await site.SignedInAsync(Demo.District, Demo.Administrator(Demo.District));
        var shared = await CreateAsync(district, Demo.District, Input("401", "CT-UBND", "2025-08-01", "Chỉ thị Bỉm Sơn về phòng chống thiên tai", Ubnd(Demo.District), type: "chi-thi")
            .With(("parts", new JsonObject { ["sharingPart"] = new JsonObject { ["sharedDownward"] = true } })));
        var own = await CreateAsync(district, Demo.District, Input("402", "CT-UBND", "2025-08-02", "Chỉ thị Bỉm Sơn nội bộ", Ubnd(Demo.District), type: "chi-thi"));
        using var citizen = site.Client();

        var below = await citizen.PageAsync(Registry(Demo.Commune, "?q=bim+son"));
        Assert.Equal([shared.Slug], Listed(below, Demo.Commune));
        Assert.Contains("<p class=\"document-line__owner\">Của: Thị xã Bỉm Sơn</p>", below);
        Assert.Equal(1, Counts(below, "loai")["chi-thi"]);
        var page = await citizen.PageAsync($"/{Demo.Commune}/van-ban/{shared.Slug}");
        Assert.Contains("<p class=\"document__owner\">Của: Thị xã Bỉm Sơn</p>", page);
        Assert.Contains("Cơ quan ban hành Ủy ban nhân dân thị xã Bỉm Sơn", Html.Text(Html.Element(page, "dl", "document-facts")));
        Assert.Contains(shared.Slug, await citizen.PageAsync($"/{Demo.Commune}/van-ban/rss.xml"));
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/{Demo.Commune}/van-ban/{own.Slug}")).StatusCode);

        Assert.Empty(Listed(await citizen.PageAsync(Registry(Demo.OtherDistrictCommune, "?q=bim+son")), Demo.OtherDistrictCommune));
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/{Demo.OtherDistrictCommune}/van-ban/{shared.Slug}")).StatusCode);
        // Listed once, on the owner's sitemap.
        Assert.DoesNotContain(shared.Slug, await citizen.PageAsync($"/{Demo.Commune}/sitemap.xml"));
        Assert.Contains(shared.Slug, await citizen.PageAsync($"/{Demo.District}/sitemap.xml"));
    }

    [Fact]
    public async Task The_rss_feed_lists_new_documents_of_the_site_and_of_one_type()
    {
        const string commune = Demo.Commune;
        using var admin = await site.SignedInAsync(commune, Demo.Administrator(commune));
        var plan = await CreateAsync(admin, commune, Input("501", "KH-UBND", "2026-01-05", "Kế hoạch Thiệu Hóa về trồng cây", Ubnd(commune), type: "ke-hoach"));
        var decision = await CreateAsync(admin, commune, Input("502", "QĐ-UBND", "2026-01-06", "Quyết định Thiệu Hóa về khen thưởng", Ubnd(commune)));
        using var citizen = site.Client();

        using var response = await citizen.GetAsync($"/{commune}/van-ban/rss.xml");
        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType?.MediaType);
        var channel = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Element("channel")!;
        Assert.Equal("Văn bản - UBND phường Đông Sơn", channel.Element("title")!.Value);
        var items = channel.Elements("item").ToList();
        Assert.Contains(items, i => i.Element("link")!.Value == $"http://localhost/{commune}/van-ban/{plan.Slug}" && i.Element("title")!.Value == "501/KH-UBND: Kế hoạch Thiệu Hóa về trồng cây");
        Assert.Contains(items, i => i.Element("link")!.Value.EndsWith(decision.Slug, StringComparison.Ordinal));

        var plans = XDocument.Parse(await citizen.PageAsync($"/{commune}/van-ban/rss.xml?loai=ke-hoach")).Root!.Element("channel")!;
        Assert.Equal("Kế hoạch - UBND phường Đông Sơn", plans.Element("title")!.Value);
        Assert.All(plans.Elements("item"), i => Assert.Equal("Kế hoạch", i.Element("category")!.Value));
        Assert.Contains(plans.Elements("item"), i => i.Element("link")!.Value.EndsWith(plan.Slug, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/{commune}/van-ban/rss.xml?loai=sac-lenh")).StatusCode);
        Assert.Contains($"href=\"/{commune}/van-ban/rss.xml?loai=ke-hoach\"", await citizen.PageAsync(Registry(commune, "?loai=ke-hoach")));
    }

    [Fact]
    public async Task Switched_off_on_a_site_the_registry_its_pages_and_its_feed_are_not_found()
    {
        const string commune = Demo.SiblingCommune;
        using var admin = await site.SignedInAsync(commune, Demo.Administrator(commune));
        var document = await CreateAsync(admin, commune, Input("601", "QĐ-UBND", "2025-10-01", "Quyết định Tĩnh Gia khi tắt mô-đun", Ubnd(commune)));
        string[] pages = [Registry(commune), $"/{commune}/van-ban/{document.Slug}", $"/{commune}/van-ban/{document.Slug}/qr.png", $"/{commune}/van-ban/rss.xml"];
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/{commune}/api/admin/features/{DocumentsModule.Id}", new { enabled = false });
        try
        {
            using var citizen = site.Client();
            foreach (var page in pages)
            {
                Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync(page)).StatusCode);
            }

            Assert.DoesNotContain($"/{commune}/van-ban<", await citizen.PageAsync($"/{commune}/sitemap.xml"));
            Assert.DoesNotContain(document.Slug, await citizen.PageAsync($"/{commune}/sitemap.xml"));
        }
        finally
        {
            await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/{commune}/api/admin/features/{DocumentsModule.Id}", new { enabled = true });
        }

        using var again = site.Client();
        foreach (var page in pages)
        {
            Assert.Equal(HttpStatusCode.OK, (await again.GetAsync(page)).StatusCode);
        }
    }

    /// <summary>What a phone reads from a QR code image.</summary>
    private static string? Decode(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        var luminance = new byte[bitmap.Width * bitmap.Height];
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var pixel = bitmap.GetPixel(x, y);
                luminance[y * bitmap.Width + x] = (byte)((pixel.Red * 299 + pixel.Green * 587 + pixel.Blue * 114) / 1000);
            }
        }

        var source = new PlanarYUVLuminanceSource(luminance, bitmap.Width, bitmap.Height, 0, 0, bitmap.Width, bitmap.Height, false);
        var result = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
            new Dictionary<DecodeHintType, object> { [DecodeHintType.POSSIBLE_FORMATS] = new List<BarcodeFormat> { BarcodeFormat.QR_CODE } });
        return result?.Text;
    }
}

public sealed class DocumentPublicOnSqlite(SqliteSite site) : DocumentPublicTests(site), IClassFixture<SqliteSite>;

public sealed class DocumentPublicOnPostgreSql(PostgreSqlSite site) : DocumentPublicTests(site), IClassFixture<PostgreSqlSite>;
