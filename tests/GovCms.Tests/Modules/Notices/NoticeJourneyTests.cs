using System.Net;
using System.Text.Json.Nodes;
using GovCms.Audit;
using GovCms.Content;
using GovCms.Content.Indexing;
using GovCms.Data;
using GovCms.Samples.Notices;
using GovCms.Tenants;
using GovCms.Tests.Admin;
using GovCms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static GovCms.Tests.Infrastructure.SiteClient;
using static GovCms.Tests.Modules.Notices.NoticeNetwork;

namespace GovCms.Tests.Modules.Notices;

/// <summary>
/// The sample module from end to end on a host that lists only what it needs: the admin form and the API, its index
/// by site, subtree and what is shared downward, its recipe step and the export round trip, and switching it off and on.
/// </summary>
public abstract class NoticeJourneyTests(GovCmsSite site)
{
    private static string Api(string prefix) => $"/{prefix}/api/admin/content";

    private static object Input(string number, string title, string issuedOn = "2026-03-02", string kind = NoticePart.KindNotice, bool publish = true) => new
    {
        displayText = title,
        publish,
        parts = new { noticePart = new { number, issuedOn, kind } },
    };

    [Fact]
    public async Task A_clerk_writes_a_notice_in_the_admin_form_and_edits_it()
    {
        using var admin = await site.SignedInAsync(Commune, Demo.Administrator(Commune));
        var form = $"/{Commune}/admin/content/new?type=Notice";
        Assert.Contains("Số hiệu", await admin.PageAsync(form));

        // A refused form comes back with the message next to the field and what was typed kept.
        using (var refused = await admin.PostFormAsync(form, form,
            [("DisplayText", "Thông báo lịch tiếp công dân tháng 3"), ("Parts.noticePart.number", ""), ("Parts.noticePart.issuedOn", "2026-03-02"), ("intent", "save")]))
        {
            var page = await refused.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Equal("Vui lòng nhập số hiệu.", AdminPages.FieldError(page, "Parts_noticePart_number"));
            Assert.Equal("2026-03-02", AdminPages.InputValue(page, "Parts_noticePart_issuedOn"));
        }

        var location = await admin.PostFormExpectingRedirectAsync(form, form,
        [
            ("DisplayText", "Thông báo lịch tiếp công dân tháng 3"), ("Slug", ""), ("Parts.noticePart.number", "05/tb-ubnd"),
            ("Parts.noticePart.issuedOn", "2026-03-02"), ("Parts.noticePart.kind", NoticePart.KindNotice), ("Parts.noticePart.fields", "y-te"), ("intent", "publish"),
        ]);
        var id = location.Split('/')[^1];
        var created = await admin.GetJsonAsync($"{Api(Commune)}/{id}");
        Assert.Equal("05/TB-UBND", Field(created!["parts"]!["NoticePart"], "number"));
        Assert.True(created["published"]!.GetValue<bool>());

        var editor = $"/{Commune}/admin/content/{id}";
        await admin.PostFormExpectingRedirectAsync(editor, editor,
        [
            ("DisplayText", "Thông báo lịch tiếp công dân tháng 3 (điều chỉnh)"), ("Slug", Field(created, "slug")), ("ConcurrencyStamp", Field(created, "concurrencyStamp")),
            ("Parts.noticePart.number", "05/TB-UBND"), ("Parts.noticePart.issuedOn", "2026-03-09"), ("Parts.noticePart.kind", NoticePart.KindLetter), ("intent", "save"),
        ]);
        var edited = await admin.GetJsonAsync($"{Api(Commune)}/{id}");
        Assert.Equal("2026-03-09", Field(edited!["parts"]!["NoticePart"], "issuedOn"));
        Assert.Equal(NoticePart.KindLetter, Field(edited["parts"]!["NoticePart"], "kind"));
        Assert.Equal(2, edited["version"]!.GetValue<int>());
        Assert.Contains("Thông báo lịch tiếp công dân tháng 3 (điều chỉnh)", await admin.PageAsync($"/{Commune}/admin/content?type=Notice"));
    }

    [Fact]
    public async Task The_api_creates_a_notice_and_answers_vietnamese_errors_by_field()
    {
        using var admin = await site.SignedInAsync(Commune, Demo.Administrator(Commune));
        var malformed = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"{Api(Commune)}/Notice",
            new { displayText = "Thông báo sai", parts = new { noticePart = new { number = "07/TB", issuedOn = "31/02/2026", kind = "chi-thi", fields = new[] { "khong-co" } } } });
        Assert.Contains("Ngày ban hành không hợp lệ", Message(malformed, "parts.noticePart.issuedOn"));
        Assert.Contains("Hình thức: \"chi-thi\" không có trong danh sách", Message(malformed, "parts.noticePart.kind"));
        Assert.Equal("Lĩnh vực không tồn tại: khong-co.", Message(malformed, "parts.noticePart.fields"));

        var incomplete = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"{Api(Commune)}/Notice",
            new { displayText = "Thông báo thiếu", parts = new { noticePart = new { urgent = true } } });
        Assert.Equal("Vui lòng nhập số hiệu.", Message(incomplete, "parts.noticePart.number"));
        Assert.Equal("Vui lòng chọn ngày ban hành.", Message(incomplete, "parts.noticePart.issuedOn"));
        Assert.Equal("Thông báo khẩn phải có thời điểm hiệu lực.", Message(incomplete, "parts.noticePart.effectiveUtc"));

        var created = await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"{Api(Commune)}/Notice", Input("08/tb", "Thông báo nghỉ lễ"));
        var read = await admin.GetJsonAsync($"{Api(Commune)}/{Field(created, "id")}");
        Assert.Equal("08/TB", Field(read!["parts"]!["NoticePart"], "number"));
        Assert.Equal("2026-03-02", Field(read["parts"]!["NoticePart"], "issuedOn"));
    }

    [Fact]
    public async Task The_index_reads_a_site_its_subtree_and_what_the_province_shares_down_to_it()
    {
        var (province, district, commune, sibling) = (site.Tenant(Province), site.Tenant(District), site.Tenant(Commune), site.Tenant(SiblingCommune));
        var toCommunes = await CreateAsync(province, "IDX-P1", "Kế hoạch tiêm chủng toàn tỉnh", new SharingPart { SharedDownward = true, Levels = ["commune"] });
        await CreateAsync(province, "IDX-P2", "Hướng dẫn cho cấp huyện", new SharingPart { SharedDownward = true, Levels = ["district"] });
        await CreateAsync(province, "IDX-P3", "Thông báo nội bộ của tỉnh");
        await CreateAsync(province, "IDX-P4", "Bản nháp chia sẻ", new SharingPart { SharedDownward = true }, publish: false);
        await CreateAsync(district, "IDX-D1", "Thông báo của huyện");
        await CreateAsync(commune, "IDX-C1", "Thông báo của xã");
        await CreateAsync(sibling, "IDX-S1", "Thông báo của xã bên");

        Assert.Equal(["IDX-C1"], await NumbersAsync(SiteScope.Site(commune.Id)));
        Assert.Equal(["IDX-C1", "IDX-D1", "IDX-S1"], await NumbersAsync(SiteScope.Subtree(district.Id)));
        Assert.Equal(["IDX-C1", "IDX-P1"], await NumbersAsync(SiteScope.VisibleFrom(commune.Id)));
        Assert.Equal(["IDX-D1", "IDX-P2"], await NumbersAsync(SiteScope.VisibleFrom(district.Id)));
        Assert.Equal(["IDX-P1", "IDX-P2", "IDX-P3", "IDX-P4"], await NumbersAsync(SiteScope.Site(province.Id), IndexedVersion.Latest));

        // The commune's public board shows the province's notice with its owner named.
        using var visitor = site.Client();
        var board = await visitor.PageAsync($"/{Commune}/{NoticesModule.BoardSegment}");
        Assert.Contains("Kế hoạch tiêm chủng toàn tỉnh", board);
        Assert.Contains("Của: Tỉnh Thử", board);
        Assert.Contains("Thông báo của xã", board);
        Assert.DoesNotContain("Thông báo nội bộ của tỉnh", board);
        Assert.DoesNotContain("Hướng dẫn cho cấp huyện", board);

        // Taken off the province's portal, it is gone from the communes too.
        await site.InTenantAsync(province, async services =>
            (await services.GetRequiredService<IContentManager>().UnpublishAsync(toCommunes.ContentItemId, toCommunes.ConcurrencyStamp)).Succeeded);
        Assert.Equal(["IDX-C1"], await NumbersAsync(SiteScope.VisibleFrom(commune.Id)));
    }

    [Fact]
    public async Task A_recipe_writes_notices_with_its_own_step_and_an_export_imports_again_with_the_same_notices()
    {
        using var admin = await site.SignedInAsync(Province, Demo.Administrator(Province));
        var recipe = Recipe("902", "Huyện Mẫu", "huyen-mau",
            new JsonObject
            {
                ["name"] = "notices",
                ["items"] = new JsonArray(
                    new JsonObject { ["number"] = "01/tb", ["title"] = "Thông báo tuyển dụng viên chức", ["issuedOn"] = "2026-04-01", ["kind"] = "thong-bao", ["sharedDownward"] = true, ["levels"] = new JsonArray((JsonNode)"commune") },
                    new JsonObject { ["number"] = "02/TB", ["title"] = "Thông báo lịch trực", ["issuedOn"] = "2026-04-02", ["abstract"] = "Lịch trực cơ quan.", ["publish"] = false }),
            },
            new JsonObject
            {
                ["name"] = "content",
                ["items"] = new JsonArray(new JsonObject
                {
                    ["type"] = "Notice", ["title"] = "Công văn về đăng ký kinh doanh",
                    ["parts"] = new JsonObject
                    {
                        ["NoticePart"] = new JsonObject
                        {
                            ["number"] = "03/CV", ["issuedOn"] = "2026-01-20", ["kind"] = "cong-van", ["budget"] = 1_500_000,
                            ["audiences"] = new JsonArray((JsonNode)"doanh-nghiep"), ["fields"] = new JsonArray((JsonNode)"dat-dai"), ["body"] = "Hồ sơ nộp **trực tuyến**.",
                        },
                    },
                }),
            });
        await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/{Province}/api/admin/provisioning", new { recipeJson = recipe });
        var original = await NoticesOfAsync("huyen-mau");
        Assert.Equal(["01/TB", "02/TB", "03/CV"], original.Keys.Order());
        Assert.False(original["02/TB"]["published"]!.GetValue<bool>());
        Assert.Equal("<p>Hồ sơ nộp <strong>trực tuyến</strong>.</p>", Field(original["03/CV"]["parts"]!["NoticePart"], "bodyHtml").Trim());
        Assert.Equal(["01/TB"], await NumbersAsync(SiteScope.Site(site.Tenant("huyen-mau").Id), shared: true));

        // The export writes the notices as content items; a site made from them has the same notices.
        using var districtAdmin = await site.SignedInAsync("huyen-mau", Demo.Administrator("huyen-mau"));
        var exported = await districtAdmin.GetJsonAsync("/huyen-mau/api/admin/export");
        var items = exported!["steps"]!.AsArray().Single(s => Field(s, "name") == "content")!["items"]!.AsArray()
            .Where(i => Field(i, "type") == "Notice").Select(i => i!.DeepClone()).ToArray();
        await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/{Province}/api/admin/provisioning",
            new { recipeJson = Recipe("903", "Huyện Bản Sao", "huyen-ban-sao", new JsonObject { ["name"] = "content", ["items"] = new JsonArray(items) }) });
        var copy = await NoticesOfAsync("huyen-ban-sao");
        Assert.Equal(original.Keys.Order(), copy.Keys.Order());
        foreach (var (number, notice) in original)
        {
            Assert.Equal(Field(notice, "displayText"), Field(copy[number], "displayText"));
            Assert.Equal(notice["published"]!.GetValue<bool>(), copy[number]["published"]!.GetValue<bool>());
            // SharingPart declares no fields yet, so the content step's binder does not carry it: compare the notice's own part.
            Assert.True(JsonNode.DeepEquals(notice["parts"]!["NoticePart"], copy[number]["parts"]!["NoticePart"]),
                $"{number}: {notice["parts"]!.ToJsonString()} != {copy[number]["parts"]!.ToJsonString()}");
        }
    }

    [Fact]
    public async Task The_recipe_step_is_checked_by_its_schema_and_by_its_handler()
    {
        using var admin = await site.SignedInAsync(Province, Demo.Administrator(Province));
        var invalid = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/{Province}/api/admin/provisioning", new
        {
            recipeJson = Recipe("904", "Huyện Lỗi", "huyen-loi", new JsonObject
            {
                ["name"] = "notices",
                ["items"] = new JsonArray(new JsonObject { ["title"] = "Không số hiệu", ["issuedOn"] = "2026-04-01", ["kind"] = "chi-thi" }),
            }),
        });
        var keys = invalid!["errors"]!.AsObject().Select(e => e.Key).ToList();
        Assert.Contains(keys, k => k.Contains("$.steps[2].items[0]"));

        var wrongDate = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/{Province}/api/admin/provisioning", new
        {
            recipeJson = Recipe("904", "Huyện Lỗi", "huyen-loi", new JsonObject
            {
                ["name"] = "notices",
                ["items"] = new JsonArray(new JsonObject { ["number"] = "09/TB", ["title"] = "Ngày sai", ["issuedOn"] = "2026-02-31" }),
            }),
        });
        Assert.Contains("ngày ban hành \"2026-02-31\" không hợp lệ", Message(wrongDate, "$.steps[2].items[0].issuedOn"));
        Assert.Null(site.Catalog.FindByPrefix("huyen-loi"));
    }

    [Fact]
    public async Task Switched_off_on_a_site_the_module_is_gone_from_admin_api_public_pages_and_recipes_and_back_when_on()
    {
        using var admin = await site.SignedInAsync(SiblingCommune, Demo.Administrator(SiblingCommune));
        var created = await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"{Api(SiblingCommune)}/Notice", Input("GATE-1", "Thông báo cắt điện"));
        var id = Field(created, "id");
        var slug = Field(created, "slug");
        string[] pages = [$"/{SiblingCommune}/admin/content?type=Notice", $"/{SiblingCommune}/admin/content/new?type=Notice", $"/{SiblingCommune}/admin/content/{id}",
            $"{Api(SiblingCommune)}/{id}", $"/{SiblingCommune}/{NoticesModule.BoardSegment}", $"/{SiblingCommune}/{NoticesModule.Notice.RoutePrefix}",
            $"/{SiblingCommune}/{NoticesModule.Notice.RoutePrefix}/{slug}", $"/{SiblingCommune}/api/content/Notice", $"/{SiblingCommune}/api/content/Notice/{slug}"];
        using var district = await site.SignedInAsync(District, Demo.Administrator(District));

        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/{SiblingCommune}/api/admin/features/{NoticesModule.Id}", new { enabled = false });
        try
        {
            foreach (var page in pages)
            {
                using var response = await admin.GetAsync(page);
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"GET {page}: {(int)response.StatusCode} where the module is off");
            }

            await admin.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Post, $"{Api(SiblingCommune)}/Notice", Input("GATE-2", "Thông báo không được tạo"));
            await admin.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Put, $"{Api(SiblingCommune)}/{id}",
                new { displayText = "Thông báo cắt điện (sửa)", concurrencyStamp = Field(created, "concurrencyStamp"), parts = new { noticePart = new { number = "GATE-1", issuedOn = "2026-03-02" } } });
            // A recipe that leaves the module off cannot run its step.
            var refused = await district.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/{District}/api/admin/provisioning", new
            {
                recipeJson = RecipeWith([], "90109", "Xã Tắt", "xa-tat", new JsonObject
                {
                    ["name"] = "notices", ["items"] = new JsonArray(new JsonObject { ["number"] = "01/TB", ["title"] = "Không chạy", ["issuedOn"] = "2026-04-01" }),
                }),
            });
            var errors = refused!["errors"]!.AsObject().SelectMany(e => e.Value!.AsArray().Select(m => $"{e.Key}: {m}")).ToList();
            Assert.True(errors.Any(e => e.StartsWith("$.steps[2]") && e.Contains("thuộc tính năng \"Notices\"")), string.Join("\n", errors));
        }
        finally
        {
            await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/{SiblingCommune}/api/admin/features/{NoticesModule.Id}", new { enabled = true });
        }

        foreach (var page in pages)
        {
            using var response = await admin.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {page}: {(int)response.StatusCode} where the module is on again");
        }

        Assert.Contains("Thông báo cắt điện", await admin.PageAsync($"/{SiblingCommune}/admin/content?type=Notice"));
        Assert.Contains("Thông báo cắt điện", await admin.PageAsync($"/{SiblingCommune}/{NoticesModule.BoardSegment}"));
    }

    [Fact]
    public async Task Publishing_a_notice_that_replaces_another_writes_the_modules_audit_action_with_its_label()
    {
        using var admin = await site.SignedInAsync(District, Demo.Administrator(District));
        var old = await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"{Api(District)}/Notice", Input("10/TB", "Lịch tiếp dân cũ"));
        var replacing = (JsonObject)JsonSerializerNode(Input("11/TB", "Lịch tiếp dân mới"));
        replacing["parts"]!["noticePart"]!["replaces"] = new JsonArray((JsonNode)Field(old, "id"));
        var created = await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"{Api(District)}/Notice", replacing);

        var entry = await site.InTenantAsync(site.Tenant(District), services => services.GetRequiredService<GovCmsDbContext>().Set<AuditEntry>()
            .SingleAsync(e => e.Category == NoticesModule.AuditCategory && e.ObjectId == Field(created, "id")));
        Assert.Equal(NoticesModule.Replaced, entry.Action);
        Assert.Contains(Field(old, "id"), entry.Details);
        var vocabulary = site.Services.GetRequiredService<AuditVocabulary>();
        Assert.Equal("Thông báo niêm yết", vocabulary.Category(NoticesModule.AuditCategory));
        Assert.Equal("Ban hành thông báo thay thế", vocabulary.Action(NoticesModule.AuditCategory, NoticesModule.Replaced));
    }

    [Fact]
    public async Task The_modules_settings_section_shapes_its_board_and_refuses_bad_values_by_field()
    {
        var (province, sibling) = (site.Tenant(Province), site.Tenant(SiblingCommune));
        await CreateAsync(province, "SET-P1", "Lịch tiếp công dân của tỉnh", new SharingPart { SharedDownward = true, Levels = ["commune"] });
        await CreateAsync(sibling, "SET-S1", "Lịch tiếp công dân của xã");
        var settings = $"/{SiblingCommune}/api/admin/settings/{NoticesSettings.Section}";
        var boardAddress = $"/{SiblingCommune}/{NoticesModule.BoardSegment}";
        using var admin = await site.SignedInAsync(SiblingCommune, Demo.Administrator(SiblingCommune));

        var defaults = await admin.GetJsonAsync(settings);
        Assert.Equal("Thông báo niêm yết", Field(defaults, "title"));
        Assert.Equal(20, defaults!["values"]!["boardPageSize"]!.GetValue<int>());
        Assert.Contains("Lịch tiếp công dân của tỉnh", await site.Client().PageAsync(boardAddress));

        // Only the site's own notices once it stops showing what the province shares; the page was not left cached.
        var saved = await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, settings, new { showShared = false });
        Assert.False(saved!["values"]!["showShared"]!.GetValue<bool>());
        var board = await site.Client().PageAsync(boardAddress);
        Assert.Contains("Lịch tiếp công dân của xã", board);
        Assert.DoesNotContain("Lịch tiếp công dân của tỉnh", board);
        Assert.Contains("Lịch tiếp công dân của tỉnh", await site.Client().PageAsync($"/{Commune}/{NoticesModule.BoardSegment}"));

        var refused = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Put, settings, new { boardPageSize = 3 });
        Assert.Equal("Số thông báo mỗi trang bảng niêm yết phải trong khoảng 5 đến 50.", Message(refused, "boardPageSize"));
        Assert.Equal(20, (await admin.GetJsonAsync(settings))!["values"]!["boardPageSize"]!.GetValue<int>());

        // The settings page ("Cài đặt") shows the module's own section.
        Assert.Contains("Hiện thông báo đơn vị cấp trên chia sẻ", await admin.PageAsync($"/{SiblingCommune}/admin/settings"));
    }

    [Fact]
    public async Task The_modules_public_segments_are_reserved_for_it()
    {
        var refused = await site.InTenantAsync(null, async services =>
        {
            var tenants = services.GetRequiredService<TenantService>();
            TenantCreateRequest Unit(string prefix) => new() { DisplayName = "Xã " + prefix, Slug = "xa-" + prefix, Level = "commune", ParentId = site.Tenant(District).Id, UrlPrefix = prefix };
            return (await tenants.CreateAsync(Unit(NoticesModule.BoardSegment)), await tenants.CreateAsync(Unit(NoticesModule.Notice.RoutePrefix!)));
        });
        Assert.Contains("mô-đun \"Thông báo niêm yết\"", refused.Item1.Errors["urlPrefix"]);
        Assert.Contains("loại nội dung \"Thông báo\" của mô-đun \"Thông báo niêm yết\"", refused.Item2.Errors["urlPrefix"]);
    }

    private Task<ContentItem> CreateAsync(TenantContext tenant, string number, string title, SharingPart? sharing = null, bool publish = true) =>
        site.InTenantAsync(tenant, async services =>
        {
            var content = services.GetRequiredService<IContentManager>();
            var item = content.New(NoticesModule.Notice.Name);
            item.DisplayText = title;
            item.Apply(new NoticePart { Number = number, IssuedOn = new DateOnly(2026, 3, 2), Kind = NoticePart.KindNotice });
            if (sharing is not null)
            {
                item.Apply(sharing);
            }

            var created = await content.CreateAsync(item, publish);
            Assert.True(created.Succeeded, created.Message);
            return created.Value!;
        });

    /// <summary>The numbers of this test's notices (IDX-…) a scope reads, in order.</summary>
    private Task<List<string>> NumbersAsync(SiteScope scope, IndexedVersion version = IndexedVersion.Published, bool shared = false) =>
        site.InTenantAsync(null, services => services.GetRequiredService<IContentIndex<NoticeIndex>>().Query(scope, version)
            .Where(r => (r.Number.StartsWith("IDX-") || shared) && (!shared || r.SharedDownward))
            .Select(r => r.Number).OrderBy(n => n).ToListAsync());

    /// <summary>The notices of a site (latest versions, as its admin API answers them) by number.</summary>
    private async Task<Dictionary<string, JsonNode>> NoticesOfAsync(string prefix)
    {
        using var admin = await site.SignedInAsync(prefix, Demo.Administrator(prefix));
        var list = await admin.GetJsonAsync($"{Api(prefix)}?type=Notice");
        var notices = new Dictionary<string, JsonNode>();
        foreach (var item in list!["items"]!.AsArray())
        {
            var full = (await admin.GetJsonAsync($"{Api(prefix)}/{Field(item, "id")}"))!;
            notices[Field(full["parts"]!["NoticePart"], "number")] = full;
        }

        return notices;
    }

    private static string Recipe(string code, string name, string prefix, params JsonObject[] steps) =>
        RecipeWith([NoticesModule.Id], code, name, prefix, steps);

    private static string RecipeWith(string[] features, string code, string name, string prefix, params JsonObject[] steps) => new JsonObject
    {
        ["name"] = $"don-vi-{code}",
        ["description"] = name,
        ["version"] = "1.0.0",
        ["tenant"] = new JsonObject { ["level"] = code.Length == 3 ? "district" : "commune", ["name"] = code, ["displayName"] = name, ["slug"] = prefix, ["urlPrefix"] = prefix },
        ["steps"] = new JsonArray([
            new JsonObject { ["name"] = "features", ["enable"] = new JsonArray([.. features.Select(f => (JsonNode)f)]) },
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

    private static JsonNode JsonSerializerNode(object value) => System.Text.Json.JsonSerializer.SerializeToNode(value, Json)!;

    private static string Message(JsonNode? problem, string key) =>
        problem?["errors"]?[key]?[0]?.GetValue<string>() ?? $"(no error for {key}: {problem?["errors"]?.ToJsonString()})";
}

public sealed class NoticeJourneyOnSqlite(NoticesSqliteSite site) : NoticeJourneyTests(site), IClassFixture<NoticesSqliteSite>;

public sealed class NoticeJourneyOnPostgreSql(NoticesPostgreSqlSite site) : NoticeJourneyTests(site), IClassFixture<NoticesPostgreSqlSite>;
