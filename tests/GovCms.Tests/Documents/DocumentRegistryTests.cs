using System.Net;
using System.Text.Json.Nodes;
using GovCms.Content.Indexing;
using GovCms.Documents;
using GovCms.Documents.Catalog;
using GovCms.Documents.Validity;
using GovCms.Tenants;
using GovCms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Documents;

/// <summary>
/// The documents module over HTTP on the demo network: every field saved and read back, bad input refused by field with
/// nothing saved, the unique number, relations both ways (dangling and external), the validity by date, confidential
/// documents never public, the feature switched off, and the site's lists with the recipe step's round trip.
/// </summary>
public abstract class DocumentRegistryTests(GovCmsSite site)
{
    private const string Commune = Demo.Commune;
    private static readonly string Issuer = $"ubnd-{Demo.Commune}";

    private static string AdminApi(string prefix) => $"{Demo.Base(prefix)}/api/admin/content";

    private static string PublicApi(string prefix) => $"{Demo.Base(prefix)}/api/documents";

    private static JsonObject Document(string number, string symbol, string issuedOn, string title, string? issuer = null, string type = "quyet-dinh", bool publish = true)
    {
        var input = new JsonObject
        {
            ["displayText"] = title, ["publish"] = publish, ["number"] = number, ["symbol"] = symbol, ["documentType"] = type,
            ["issuer"] = issuer ?? Issuer, ["issuedOn"] = issuedOn, ["abstract"] = title,
        };
        return input;
    }

    private static JsonObject With(JsonObject input, params (string Key, JsonNode? Value)[] fields)
    {
        foreach (var (key, value) in fields)
        {
            input[key] = value;
        }

        return input;
    }

    private static async Task<string> CreateAsync(SiteClient admin, string prefix, JsonObject input) =>
        Field(await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"{AdminApi(prefix)}/Document", input), "id");

    private static string Message(JsonNode? problem, string key) =>
        problem?["errors"]?[key]?[0]?.GetValue<string>() ?? $"(no error for {key}: {problem?.ToJsonString()})";

    [Fact]
    public async Task Every_field_is_saved_and_read_back_in_the_admin_and_the_public_api()
    {
        using var admin = await site.SignedInAsync(Commune, Demo.Administrator(Commune));
        var id = await CreateAsync(admin, Commune, With(Document("15", "qđ-ubnd", "2025-03-05", "Quyết định ban hành Kế hoạch chuyển đổi số năm 2025"),
            ("signer", "Nguyễn Văn An"), ("signerTitle", "Chủ tịch"), ("effectiveOn", "15/03/2025"), ("expiresOn", "2030-12-31"),
            ("validity", DocumentValidity.InForce), ("fields", new JsonArray("chuyen-doi-so", "hanh-chinh")), ("urgency", "khan"),
            ("body", "**Điều 1.** Ban hành kèm theo Quyết định này."), ("nationalDatabaseUrl", "https://vbpl.vn/thanhhoa/Pages/vbpq-toanvan.aspx?ItemID=1"),
            ("relations", new JsonArray(new JsonObject { ["type"] = DocumentRelations.BasedOn, ["label"] = "Số 15/2020/NĐ-CP", ["url"] = "https://vbpl.vn/nd-15-2020" }))));

        var stored = await admin.GetJsonAsync($"{AdminApi(Commune)}/{id}");
        Assert.Equal("15", Field(stored, "number"));
        Assert.Equal("QĐ-UBND", Field(stored, "symbol"));
        Assert.Equal("2025-03-15", Field(stored, "effectiveOn"));
        Assert.Equal("Nguyễn Văn An", Field(stored, "signer"));

        using var citizen = site.Client();
        var detail = await citizen.GetJsonAsync($"{PublicApi(Commune)}/{id}");
        Assert.Equal("15/QĐ-UBND", Field(detail, "number"));
        Assert.Equal("Quyết định", Field(detail!["documentType"], "label"));
        Assert.Equal("Ủy ban nhân dân phường Đông Sơn", Field(detail["issuer"], "label"));
        Assert.Equal("Chủ tịch", Field(detail, "signerTitle"));
        Assert.Equal("2025-03-05", Field(detail, "issuedOn"));
        Assert.Equal("2030-12-31", Field(detail, "expiresOn"));
        Assert.Equal("Còn hiệu lực", Field(detail["validity"], "label"));
        Assert.Equal(["Chuyển đổi số", "Hành chính"], detail["fields"]!.AsArray().Select(f => Field(f, "label")));
        Assert.Equal("khan", Field(detail, "urgency"));
        Assert.Contains("<strong>Điều 1.</strong>", Field(detail, "bodyHtml"));
        Assert.StartsWith("https://vbpl.vn/", Field(detail, "nationalDatabaseUrl"));
        var external = detail["relations"]!.AsArray().Single();
        Assert.True(external!["external"]!.GetValue<bool>());
        Assert.Equal("Căn cứ ban hành", Field(external, "label"));
        Assert.Equal("Số 15/2020/NĐ-CP", Field(external, "title"));

        // The number and symbol are found however they are typed.
        foreach (var typed in new[] { "15/QĐ-UBND", "15/qđ-ubnd", "15 / qd - ubnd" })
        {
            var found = await citizen.GetJsonAsync($"{PublicApi(Commune)}/by-number?q={Uri.EscapeDataString(typed)}");
            Assert.Contains(found!["items"]!.AsArray(), d => Field(d, "id") == id);
        }

        var listed = await citizen.GetJsonAsync($"{PublicApi(Commune)}?type=quyet-dinh&field=chuyen-doi-so&year=2025&q={Uri.EscapeDataString("ke hoach chuyen doi so")}");
        Assert.Equal(id, Field(listed!["items"]![0], "id"));
        Assert.Equal("Số: 15/QĐ-UBND", Field(listed["items"]![0], "documentNumberCaption"));
    }

    [Fact]
    public async Task Bad_input_is_refused_by_field_in_vietnamese_and_nothing_is_saved()
    {
        using var admin = await site.SignedInAsync(Commune, Demo.Administrator(Commune));
        var api = $"{AdminApi(Commune)}/Document";
        var notADate = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, api, Document("31", "QĐ-SAI", "31/02/2025", "Văn bản ngày sai"));
        Assert.Contains("Ngày ban hành không hợp lệ", Message(notADate, "issuedOn"));

        var dates = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, api,
            With(Document("32", "QĐ-SAI", "2025-05-10", "Văn bản ngày lệch"), ("effectiveOn", "2025-05-01"), ("expiresOn", "2025-04-30")));
        Assert.Equal("Ngày có hiệu lực không được trước ngày ban hành.", Message(dates, "effectiveOn"));
        Assert.Equal("Ngày hết hiệu lực không được trước ngày ban hành.", Message(dates, "expiresOn"));

        var lists = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, api,
            With(Document("33", "QĐ-SAI", "2025-05-10", "Văn bản ngoài danh mục", issuer: "ubnd-noi-khac", type: "sac-lenh"),
                ("nationalDatabaseUrl", "vbpl.vn/abc")));
        Assert.StartsWith("Loại văn bản \"sac-lenh\" không có trong danh mục", Message(lists, "documentType"));
        Assert.StartsWith("Cơ quan ban hành \"ubnd-noi-khac\" không có", Message(lists, "issuer"));
        Assert.Contains("phải là địa chỉ trang web đầy đủ", Message(lists, "nationalDatabaseUrl"));

        var relation = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, api,
            With(Document("36", "QĐ-SAI", "2025-05-10", "Văn bản quan hệ lạ"), ("relations", new JsonArray(new JsonObject { ["type"] = "ban-hanh-lai", ["contentItemId"] = "abc123" }))));
        Assert.Contains("loại quan hệ \"ban-hanh-lai\" không có", Message(relation, "relations"));
        var external = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, api,
            With(Document("37", "QĐ-SAI", "2025-05-10", "Văn bản liên kết sai"), ("relations", new JsonArray($"{DocumentRelations.Cites}: Số 1/2020/NĐ-CP | vbpl.vn/1"))));
        Assert.Contains("không phải là địa chỉ trang web", Message(external, "relations"));

        var missing = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, api, new { displayText = "Văn bản trống", number = "34" });
        Assert.Equal("Vui lòng nhập trích yếu.", Message(missing, "abstract"));
        Assert.Equal("Vui lòng chọn ngày ban hành.", Message(missing, "issuedOn"));

        // A relation to itself: refused on update, the stored version unchanged.
        var id = await CreateAsync(admin, Commune, Document("35", "QĐ-UBND", "2025-05-10", "Văn bản tự dẫn chiếu"));
        var stored = await admin.GetJsonAsync($"{AdminApi(Commune)}/{id}");
        var itself = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Put, $"{AdminApi(Commune)}/{id}",
            With(Document("35", "QĐ-UBND", "2025-05-10", "Văn bản tự dẫn chiếu"), ("concurrencyStamp", Field(stored, "concurrencyStamp")),
                ("relations", new JsonArray($"{DocumentRelations.Cites}: {id}"))));
        Assert.StartsWith("Văn bản không thể liên quan đến chính nó", Message(itself, "relations"));
        Assert.Equal(1, (await admin.GetJsonAsync($"{AdminApi(Commune)}/{id}"))!["version"]!.GetValue<int>());

        var saved = await site.InTenantAsync(site.Tenant(Commune), services => services.GetRequiredService<IContentIndex<DocumentIndex>>()
            .Query(SiteScope.Site(site.Tenant(Commune).Id), IndexedVersion.Latest).Where(r => r.Symbol == "QĐ-SAI").CountAsync());
        Assert.Equal(0, saved);
    }

    [Fact]
    public async Task Issuer_year_number_and_symbol_are_unique_on_a_site()
    {
        using var admin = await site.SignedInAsync(Commune, Demo.Administrator(Commune));
        await CreateAsync(admin, Commune, Document("21", "QĐ-UBND", "2025-06-02", "Quyết định kiện toàn Ban chỉ đạo"));
        var taken = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"{AdminApi(Commune)}/Document",
            Document("21", "qđ-ubnd", "2025-09-09", "Quyết định khác cùng số"));
        Assert.Equal("Số ký hiệu 21/QĐ-UBND của cơ quan này năm 2025 đã có: «Quyết định kiện toàn Ban chỉ đạo».", Message(taken, "number"));

        // Another issuer, another year or another site may use the same number.
        await CreateAsync(admin, Commune, Document("21", "QĐ-UBND", "2025-06-03", "Nghị quyết của Hội đồng", issuer: $"hdnd-{Demo.Commune}"));
        await CreateAsync(admin, Commune, Document("21", "QĐ-UBND", "2026-01-05", "Quyết định năm sau"));
        using var sibling = await site.SignedInAsync(Demo.SiblingCommune, Demo.Administrator(Demo.SiblingCommune));
        await CreateAsync(sibling, Demo.SiblingCommune, Document("21", "QĐ-UBND", "2025-06-02", "Quyết định của phường bên", issuer: $"ubnd-{Demo.SiblingCommune}"));
    }

    [Fact]
    public async Task Relations_show_from_both_ends_with_their_labels_including_dangling_and_external_ones()
    {
        using var admin = await site.SignedInAsync(Commune, Demo.Administrator(Commune));
        var old = await CreateAsync(admin, Commune, Document("40", "QĐ-UBND", "2024-02-01", "Quy chế làm việc năm 2024"));
        var replacing = await CreateAsync(admin, Commune, With(Document("41", "QĐ-UBND", "2025-02-01", "Quy chế làm việc năm 2025"),
            ("relations", new JsonArray($"{DocumentRelations.Replaces}: {old}", $"{DocumentRelations.BasedOn}: khongconnua01",
                $"{DocumentRelations.BasedOn}: Số 08/2020/QĐ-UBND của UBND tỉnh | https://vbpl.vn/thanhhoa/qd-08-2020"))));

        using var citizen = site.Client();
        var relations = (await citizen.GetJsonAsync($"{PublicApi(Commune)}/{replacing}"))!["relations"]!.AsArray();
        var toOld = relations.Single(r => Field(r, "id") == old);
        Assert.Equal("Thay thế", Field(toOld, "label"));
        Assert.Equal("Quy chế làm việc năm 2024", Field(toOld, "title"));
        var dangling = relations.Single(r => Field(r, "id") == "khongconnua01");
        Assert.False(dangling!["exists"]!.GetValue<bool>());
        Assert.Equal("Căn cứ ban hành", Field(dangling, "label"));
        var external = relations.Single(r => r!["external"]!.GetValue<bool>());
        Assert.Equal("Số 08/2020/QĐ-UBND của UBND tỉnh", Field(external, "title"));
        Assert.Equal("https://vbpl.vn/thanhhoa/qd-08-2020", Field(external, "url"));

        var fromOld = (await citizen.GetJsonAsync($"{PublicApi(Commune)}/{old}"))!["relations"]!.AsArray().Single();
        Assert.Equal("Được thay thế bởi", Field(fromOld, "label"));
        Assert.Equal(replacing, Field(fromOld, "id"));
        Assert.True(fromOld!["incoming"]!.GetValue<bool>());

        // The editor shows each link as a line it reads back.
        var editor = await admin.PageAsync($"/{Commune}/admin/content/{replacing}");
        Assert.Contains($"{DocumentRelations.Replaces}: {old}", editor);
        Assert.Contains("Số 08/2020/QĐ-UBND của UBND tỉnh | https://vbpl.vn/thanhhoa/qd-08-2020", editor);
    }

    [Fact]
    public async Task The_validity_follows_the_effective_and_expiry_dates_as_a_new_published_version()
    {
        using var admin = await site.SignedInAsync(Commune, Demo.Administrator(Commune));
        var id = await CreateAsync(admin, Commune, With(Document("50", "KH-UBND", "2030-01-02", "Kế hoạch thực hiện năm 2030", type: "ke-hoach"),
            ("effectiveOn", "2030-01-10"), ("expiresOn", "2030-06-01")));
        using var citizen = site.Client();
        async Task<string> ValidityAsync() => Field((await citizen.GetJsonAsync($"{PublicApi(Commune)}/{id}"))!["validity"], "slug");
        Assert.Equal(DocumentValidity.NotYetInForce, await ValidityAsync());

        async Task RunOnAsync(string day) => await site.InTenantAsync(site.Tenant(Commune), services =>
            services.GetRequiredService<DocumentValidityUpdater>().UpdateAsync(DateOnly.Parse(day)));
        await RunOnAsync("2030-01-09");
        Assert.Equal(DocumentValidity.NotYetInForce, await ValidityAsync());
        await RunOnAsync("2030-01-10");
        Assert.Equal(DocumentValidity.InForce, await ValidityAsync());
        await RunOnAsync("2030-05-31");
        Assert.Equal(DocumentValidity.InForce, await ValidityAsync());
        await RunOnAsync("2030-06-01");
        Assert.Equal(DocumentValidity.Expired, await ValidityAsync());

        var stored = await admin.GetJsonAsync($"{AdminApi(Commune)}/{id}");
        Assert.Equal(3, stored!["version"]!.GetValue<int>());
        Assert.True(stored["published"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_draft_pending_over_the_published_document_stays_a_draft_and_both_get_the_new_status()
    {
        using var admin = await site.SignedInAsync(Commune, Demo.Administrator(Commune));
        var id = await CreateAsync(admin, Commune, With(Document("51", "KH-UBND", "2031-01-02", "Kế hoạch tổng kết năm 2031", type: "ke-hoach"),
            ("effectiveOn", "2031-01-10")));
        var stored = await admin.GetJsonAsync($"{AdminApi(Commune)}/{id}");
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"{AdminApi(Commune)}/{id}",
            With(Document("51", "KH-UBND", "2031-01-02", "Kế hoạch tổng kết năm 2031 (dự thảo sửa)", type: "ke-hoach", publish: false),
                ("effectiveOn", "2031-01-10"), ("concurrencyStamp", Field(stored, "concurrencyStamp"))));
        using var citizen = site.Client();

        var changed = await site.InTenantAsync(site.Tenant(Commune), services =>
            services.GetRequiredService<DocumentValidityUpdater>().UpdateAsync(DateOnly.Parse("2031-01-10")));

        Assert.True(changed >= 1);
        var live = await citizen.GetJsonAsync($"{PublicApi(Commune)}/{id}");
        Assert.Equal(DocumentValidity.InForce, Field(live!["validity"], "slug"));
        Assert.Equal("Kế hoạch tổng kết năm 2031", Field(live, "abstract"));
        var latest = await admin.GetJsonAsync($"{AdminApi(Commune)}/{id}");
        Assert.False(latest!["published"]!.GetValue<bool>());
        Assert.Equal("Kế hoạch tổng kết năm 2031 (dự thảo sửa)", Field(latest, "displayText"));
        Assert.Equal(DocumentValidity.InForce, Field(latest, "validity"));
    }

    [Fact]
    public async Task A_new_status_that_needs_approval_to_be_public_waits_in_the_draft_and_the_approvers_are_told()
    {
        const string Other = Demo.OtherDistrictCommune;
        using var admin = await site.SignedInAsync(Other, Demo.Administrator(Other));
        var id = await CreateAsync(admin, Other, With(Document("52", "KH-UBND", "2032-01-02", "Kế hoạch cần duyệt năm 2032", issuer: $"ubnd-{Other}", type: "ke-hoach"),
            ("expiresOn", "2032-06-01")));
        await Editorial.EnsureBoardAsync(site, Other);
        await Editorial.EnableApprovalAsync(site, Other, steps: 1, contentTypes: [DocumentsModule.Document.Name]);
        try
        {
            // As the nightly job runs it: the system actor, whose publications the approval checks (the host's own code is trusted).
            var changed = await site.InTenantAsync(site.Tenant(Other), services =>
            {
                services.GetRequiredService<GovCms.Security.CurrentActor>().RunAsSystem("documents.validity", null);
                return services.GetRequiredService<DocumentValidityUpdater>().UpdateAsync(DateOnly.Parse("2032-06-01"));
            });

            Assert.True(changed >= 1);
            using var citizen = site.Client();
            // Issued in the future, the published version still says "Chưa có hiệu lực"; the draft has what the dates give.
            Assert.Equal(DocumentValidity.NotYetInForce, Field((await citizen.GetJsonAsync($"{PublicApi(Other)}/{id}"))!["validity"], "slug"));
            var latest = await admin.GetJsonAsync($"{AdminApi(Other)}/{id}");
            Assert.False(latest!["published"]!.GetValue<bool>());
            Assert.Equal(DocumentValidity.Expired, Field(latest, "validity"));
            var told = await site.InTenantAsync(site.Tenant(Other), async services =>
                await services.GetRequiredService<GovCms.Data.GovCmsDbContext>().Set<GovCms.Notifications.Notification>()
                    .Where(n => n.Subject == "Văn bản cần duyệt trạng thái hiệu lực: Kế hoạch cần duyệt năm 2032").Select(n => n.UserName).ToListAsync());
            Assert.Contains(Editorial.Approver(Other), told);
            Assert.Contains(Demo.Administrator(Other), told);
        }
        finally
        {
            await site.InTenantAsync(site.Tenant(Other), async services =>
                await services.GetRequiredService<GovCms.Workflows.Definitions.WorkflowDefinitionEditor>().DeleteAsync("duyet-bai"));
        }
    }

    [Fact]
    public async Task A_confidential_document_is_never_public_even_published()
    {
        using var admin = await site.SignedInAsync(Commune, Demo.Administrator(Commune));
        var open = await CreateAsync(admin, Commune, Document("60", "CV-UBND", "2025-07-01", "Công văn công khai về lịch tiếp dân", type: "cong-van"));
        var secret = await CreateAsync(admin, Commune, With(Document("61", "CV-UBND", "2025-07-01", "Công văn mật về phương án bảo vệ", type: "cong-van"), ("confidential", true)));
        var openSlug = Field(await admin.GetJsonAsync($"{AdminApi(Commune)}/{open}"), "slug");
        var stored = await admin.GetJsonAsync($"{AdminApi(Commune)}/{secret}");
        Assert.True(stored!["published"]!.GetValue<bool>());
        var slug = Field(stored, "slug");

        using var citizen = site.Client();
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync($"/{Commune}/van-ban/{openSlug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/{Commune}/van-ban/{slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/{Commune}/api/content/Document/{slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"{PublicApi(Commune)}/{secret}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"{PublicApi(Commune)}/by-number?q=61/CV-UBND")).StatusCode);
        var listed = (await citizen.GetJsonAsync($"{PublicApi(Commune)}?type=cong-van&pageSize=100"))!["items"]!.AsArray().Select(d => Field(d, "id")).ToList();
        Assert.Contains(open, listed);
        Assert.DoesNotContain(secret, listed);
        Assert.DoesNotContain(slug, await citizen.PageAsync($"/{Commune}/sitemap.xml"));
        Assert.Contains(openSlug, await citizen.PageAsync($"/{Commune}/sitemap.xml"));
        Assert.DoesNotContain(slug, (await citizen.GetJsonAsync($"/{Commune}/api/content/Document?pageSize=100"))!.ToJsonString());

        // A province's confidential document shared downward is not read by the communes either.
        using var province = await site.SignedInAsync(Demo.Province, Demo.Administrator(Demo.Province));
        var shared = await CreateAsync(province, Demo.Province, With(Document("62", "CV-UBND", "2025-07-02", "Công văn mật của tỉnh", issuer: $"ubnd-{Demo.Province}", type: "cong-van"),
            ("confidential", true), ("parts", new JsonObject { ["sharingPart"] = new JsonObject { ["sharedDownward"] = true } })));
        Assert.DoesNotContain(shared, (await citizen.GetJsonAsync($"{PublicApi(Commune)}?pageSize=100"))!["items"]!.AsArray().Select(d => Field(d, "id")));

        // The admin names it for what it is.
        Assert.Contains("Mật — không công khai", await admin.PageAsync($"/{Commune}/admin/content?type=Document"));
    }

    [Fact]
    public async Task Documents_shared_downward_are_in_the_registry_of_the_sites_below_only()
    {
        using var province = await site.SignedInAsync(Demo.Province, Demo.Administrator(Demo.Province));
        var shared = await CreateAsync(province, Demo.Province, With(Document("70", "CT-UBND", "2025-08-01", "Chỉ thị về phòng chống thiên tai", issuer: $"ubnd-{Demo.Province}", type: "chi-thi"),
            ("parts", new JsonObject { ["sharingPart"] = new JsonObject { ["sharedDownward"] = true } })));
        using var citizen = site.Client();
        var commune = (await citizen.GetJsonAsync($"{PublicApi(Commune)}?type=chi-thi&pageSize=100"))!["items"]!.AsArray();
        Assert.Equal("Tỉnh Thanh Hóa", Field(commune.Single(d => Field(d, "id") == shared), "owner"));
        Assert.Equal(shared, Field((await citizen.GetJsonAsync($"{PublicApi(Commune)}/{shared}")), "id"));
    }

    [Fact]
    public async Task Unknown_filter_values_are_refused_by_field()
    {
        using var citizen = site.Client();
        var problem = await citizen.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get,
            $"{PublicApi(Commune)}?type=sac-lenh&validity=mai-mai&year=20x5&from=32/01/2025&field=khong-co");
        Assert.StartsWith("Loại văn bản \"sac-lenh\" không có", Message(problem, "type"));
        Assert.StartsWith("Tình trạng hiệu lực \"mai-mai\" không có", Message(problem, "validity"));
        Assert.StartsWith("Năm \"20x5\" không hợp lệ", Message(problem, "year"));
        Assert.StartsWith("Từ ngày \"32/01/2025\" không phải là ngày", Message(problem, "from"));
        Assert.StartsWith("Lĩnh vực \"khong-co\" không có", Message(problem, "field"));
        await citizen.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, $"{PublicApi(Commune)}/by-number?q=");
    }

    [Fact]
    public async Task The_openapi_document_describes_the_documents_api()
    {
        using var citizen = site.Client();
        var document = await citizen.GetJsonAsync("/openapi/v1.json");
        var paths = document!["paths"]!.AsObject();
        Assert.Contains("/api/documents", paths.Select(p => p.Key));
        Assert.Contains("/api/documents/by-number", paths.Select(p => p.Key));
        Assert.Contains("/api/documents/{id}", paths.Select(p => p.Key));
        Assert.Contains(paths["/api/documents"]!["get"]!["parameters"]!.AsArray(), p => Field(p, "name") == "validity");
    }

    [Fact]
    public async Task A_site_lists_its_own_bodies_before_those_above_it()
    {
        var lists = await site.InTenantAsync(site.Tenant(Commune), services => services.GetRequiredService<DocumentCatalog>().ForSiteAsync());
        Assert.Equal([$"ubnd-{Demo.Commune}", $"hdnd-{Demo.Commune}", $"ubnd-{Demo.District}", $"hdnd-{Demo.District}", $"ubnd-{Demo.Province}", $"hdnd-{Demo.Province}"],
            lists.Issuers.Select(i => i.Slug));
        // The commune recipe sets the types of its level.
        Assert.Contains(lists.Types, t => t.Slug == "quyet-dinh" && t.Label == "Quyết định");
        Assert.DoesNotContain(lists.Types, t => t.Slug == "luat");
    }

    [Fact]
    public async Task Switched_off_the_module_answers_404_in_the_admin_and_the_api()
    {
        const string Other = Demo.OtherDistrictCommune;
        using var admin = await site.SignedInAsync(Other, Demo.Administrator(Other));
        using var citizen = site.Client();
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync($"{PublicApi(Other)}")).StatusCode);
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/{Other}/api/admin/features/{DocumentsModule.Id}", new { enabled = false });
        try
        {
            Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"{PublicApi(Other)}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"{PublicApi(Other)}/by-number?q=1/QĐ-UBND")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{AdminApi(Other)}?type=Document")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/{Other}/admin/content?type=Document")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/{Other}/admin/documents/lists")).StatusCode);
            await admin.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Post, $"{AdminApi(Other)}/Document", Document("1", "QĐ-UBND", "2025-01-01", "Không được tạo"));
        }
        finally
        {
            await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/{Other}/api/admin/features/{DocumentsModule.Id}", new { enabled = true });
        }
    }

    [Fact]
    public async Task The_recipe_step_sets_the_lists_and_an_export_carries_them_to_a_new_site()
    {
        using var admin = await site.SignedInAsync(Demo.District, Demo.Administrator(Demo.District));
        var step = new JsonObject
        {
            ["name"] = "documents",
            ["types"] = new JsonArray(new JsonObject { ["slug"] = "quyet-dinh", ["label"] = "Quyết định" }, "Công văn"),
            ["issuers"] = new JsonArray(new JsonObject { ["slug"] = "ubnd-xa-moi", ["label"] = "Ủy ban nhân dân xã Mới" }, "Ban chỉ huy quân sự xã"),
            ["fields"] = new JsonArray("Đất đai"),
        };
        await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/{Demo.District}/api/admin/provisioning", new { recipeJson = Recipe("90001", "Xã Mới", "xa-moi", step) });
        var lists = await ListsOfAsync("xa-moi");
        Assert.Equal(["quyet-dinh", "cong-van"], lists.Types.Select(t => t.Slug));
        Assert.Equal(["ubnd-xa-moi", "ban-chi-huy-quan-su-xa"], lists.Issuers.Take(2).Select(t => t.Slug));
        Assert.Equal([new DocumentListItem("dat-dai", "Đất đai")], lists.Fields);

        using var newAdmin = await site.SignedInAsync("xa-moi", Demo.Administrator("xa-moi"));
        var exported = (await newAdmin.GetJsonAsync("/xa-moi/api/admin/export"))!["steps"]!.AsArray().Single(s => Field(s, "name") == "documents")!.DeepClone();
        await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/{Demo.District}/api/admin/provisioning",
            new { recipeJson = Recipe("90002", "Xã Bản Sao", "xa-ban-sao", (JsonObject)exported) });
        var copy = await ListsOfAsync("xa-ban-sao");
        Assert.Equal(lists.Types, copy.Types);
        Assert.Equal(lists.Fields, copy.Fields);
        Assert.Equal(["ubnd-xa-moi", "ban-chi-huy-quan-su-xa"], copy.Issuers.Take(2).Select(t => t.Slug));

        // Two entries with one slug: refused with the entry named, nothing created.
        var duplicate = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/{Demo.District}/api/admin/provisioning",
            new { recipeJson = Recipe("90003", "Xã Lỗi", "xa-loi", new JsonObject { ["name"] = "documents", ["types"] = new JsonArray("Công văn", "Công Văn") }) });
        Assert.Contains(duplicate!["errors"]!.AsObject().SelectMany(e => e.Value!.AsArray()), m => m!.GetValue<string>().Contains("mã \"cong-van\" đã có ở mục khác"));
        Assert.Null(site.Catalog.FindByPrefix("xa-loi"));
    }

    private Task<DocumentLists> ListsOfAsync(string prefix) =>
        site.InTenantAsync(site.Tenant(prefix), services => services.GetRequiredService<DocumentCatalog>().ForSiteAsync());

    private static string Recipe(string code, string name, string prefix, params JsonObject[] steps) => new JsonObject
    {
        ["name"] = $"don-vi-{code}",
        ["description"] = name,
        ["version"] = "1.0.0",
        ["tenant"] = new JsonObject { ["level"] = "commune", ["name"] = code, ["displayName"] = name, ["slug"] = prefix, ["urlPrefix"] = prefix },
        ["steps"] = new JsonArray([
            new JsonObject { ["name"] = "features", ["enable"] = new JsonArray("Contents", DocumentsModule.Id) },
            new JsonObject
            {
                ["name"] = "users",
                ["users"] = new JsonArray(new JsonObject
                {
                    ["userName"] = Demo.Administrator(prefix), ["displayName"] = $"Quản trị {name}", ["password"] = Demo.Password,
                    ["roles"] = new JsonArray((JsonNode)GovCms.Security.BuiltInRoles.Administrator),
                }),
            },
            .. steps]),
    }.ToJsonString();
}

public sealed class DocumentRegistryOnSqlite(SqliteSite site) : DocumentRegistryTests(site), IClassFixture<SqliteSite>;

public sealed class DocumentRegistryOnPostgreSql(PostgreSqlSite site) : DocumentRegistryTests(site), IClassFixture<PostgreSqlSite>;
