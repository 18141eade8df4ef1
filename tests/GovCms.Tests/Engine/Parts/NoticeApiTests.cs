using System.Net;
using System.Text.Json.Nodes;
using GovCms.Content;
using GovCms.Content.Fields;
using GovCms.Contents.Categories;
using GovCms.Data;
using GovCms.Samples.Notices;
using GovCms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Engine.Parts;

/// <summary>A type declared outside the Contents module, with a field of every kind, through the one JSON API.</summary>
public abstract class NoticeApiTests(GovCmsSite site)
{
    private const string Commune = Demo.Commune;
    private static readonly string Api = $"/{Commune}/api/admin/content";

    public static object NoticeInput(string number, object? extra = null) => new
    {
        displayText = $"Thông báo {number}",
        parts = new
        {
            noticePart = extra ?? new
            {
                number,
                @abstract = "Lịch tiếp công dân tháng 3",
                body = "Tiếp dân **thứ Năm** hằng tuần.",
                issuedOn = "2026-03-02",
                effectiveUtc = "2026-03-05T08:30",
                copies = "1,5",
                budget = "1.500.000",
                kind = "cong-van",
                audiences = new[] { "nguoi-dan", "doanh-nghiep" },
                urgent = true,
                fields = new[] { "y-te" },
                attachments = new[] { $"/{Commune}/media/2026/03/lich-tiep-dan.pdf" },
            },
        },
    };

    [Fact]
    public async Task Every_field_kind_round_trips_and_the_date_time_is_typed_in_vietnam_time()
    {
        using var admin = await site.SignedInAsync(Commune, Demo.Administrator(Commune));
        var created = await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"{Api}/Notice", NoticeInput("12/tb-ubnd"));
        var notice = (await admin.GetJsonAsync($"{Api}/{Field(created, "id")}"))!["parts"]!["NoticePart"]!;

        Assert.Equal("12/TB-UBND", Field(notice, "number"));
        Assert.Equal("2026-03-02", Field(notice, "issuedOn"));
        Assert.Equal(new DateTime(2026, 3, 5, 1, 30, 0, DateTimeKind.Utc), notice["effectiveUtc"]!.GetValue<DateTime>().ToUniversalTime());
        Assert.Equal(1.5m, notice["copies"]!.GetValue<decimal>());
        Assert.Equal(1_500_000L, notice["budget"]!.GetValue<long>());
        Assert.Equal("cong-van", Field(notice, "kind"));
        Assert.Equal(["nguoi-dan", "doanh-nghiep"], notice["audiences"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.True(notice["urgent"]!.GetValue<bool>());
        Assert.Equal("y-te", notice["fields"]![0]!.GetValue<string>());
        Assert.Contains("<strong>thứ Năm</strong>", Field(notice, "bodyHtml"));
        Assert.Equal($"/{Commune}/media/2026/03/lich-tiep-dan.pdf", notice["attachments"]![0]!.GetValue<string>());

        // The number is searchable, with or without diacritics; the title too.
        var found = await admin.GetJsonAsync($"{Api}?type=Notice&q=12/tb-ubnd");
        Assert.Contains(found!["items"]!.AsArray(), i => Field(i, "id") == Field(created, "id"));
    }

    [Fact]
    public async Task Field_errors_are_vietnamese_and_keyed_by_part_and_field()
    {
        using var admin = await site.SignedInAsync(Commune, Demo.Administrator(Commune));
        var invalid = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"{Api}/Notice", NoticeInput("", new
        {
            issuedOn = "31/02/2026",
            budget = "một triệu",
            kind = "chi-thi",
            copies = "nhiều",
            effectiveUtc = "không rõ",
            fields = new[] { "khong-co-linh-vuc-nay" },
            attachments = new[] { "https://example.com/tep.pdf" },
        }));
        var errors = invalid!["errors"]!;
        Assert.Contains("Ngày ban hành không hợp lệ", Message(errors, "parts.noticePart.issuedOn"));
        Assert.Contains("Kinh phí phải là số tiền bằng đồng", Message(errors, "parts.noticePart.budget"));
        Assert.Contains("Hình thức: \"chi-thi\" không có trong danh sách", Message(errors, "parts.noticePart.kind"));
        Assert.Contains("Thông báo, Công văn", Message(errors, "parts.noticePart.kind"));
        Assert.Contains("Số bản phải là một số", Message(errors, "parts.noticePart.copies"));
        Assert.Contains("Hiệu lực từ không hợp lệ", Message(errors, "parts.noticePart.effectiveUtc"));
        Assert.Equal("Lĩnh vực không tồn tại: khong-co-linh-vuc-nay.", Message(errors, "parts.noticePart.fields"));
        Assert.Contains("Tệp đính kèm phải là tệp đã tải lên cổng này", Message(errors, "parts.noticePart.attachments"));

        // What only the saved item can tell: required fields, lengths, and the part handler's rule across fields.
        var refused = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"{Api}/Notice",
            NoticeInput("", new { urgent = true, @abstract = new string('x', 501) }));
        errors = refused!["errors"]!;
        Assert.Equal("Vui lòng nhập số hiệu.", Message(errors, "parts.noticePart.number"));
        Assert.Equal("Vui lòng chọn ngày ban hành.", Message(errors, "parts.noticePart.issuedOn"));
        Assert.Equal("Trích yếu không được dài quá 500 ký tự.", Message(errors, "parts.noticePart.abstract"));
        Assert.Equal("Thông báo khẩn phải có thời điểm hiệu lực.", Message(errors, "parts.noticePart.effectiveUtc"));

        var unknownPart = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"{Api}/Notice",
            new { displayText = "Thông báo lạ", parts = new { imagePart = new { url = "" } } });
        Assert.Contains("không có phần \"imagePart\"", Message(unknownPart!["errors"]!, "parts.imagePart"));
    }

    [Fact]
    public async Task A_link_is_seen_from_both_ends_and_may_dangle()
    {
        using var admin = await site.SignedInAsync(Commune, Demo.Administrator(Commune));
        var old = await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"{Api}/Notice", NoticeInput("01/TB"));
        var gone = await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"{Api}/Notice", NoticeInput("02/TB"));
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Delete, $"{Api}/{Field(gone, "id")}?concurrencyStamp={Field(gone, "concurrencyStamp")}");
        var input = (JsonObject)JsonSerializer.SerializeToNode(NoticeInput("03/TB"))!;
        input["parts"]!["noticePart"]!["replaces"] = new JsonArray(new JsonObject { ["contentItemId"] = Field(old, "id") }, (JsonNode)Field(gone, "id"));
        var replacing = await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"{Api}/Notice", input);

        var (fromNew, fromOld) = await site.InTenantAsync(site.Tenant(Commune), async services =>
        {
            var relations = services.GetRequiredService<IContentRelations>();
            return (await relations.OfAsync(Field(replacing, "id")), await relations.OfAsync(Field(old, "id")));
        });
        Assert.Contains(new ContentRelation("thay thế", Field(old, "id"), "Thông báo 01/TB", "Notice", true), fromNew);
        Assert.Contains(new ContentRelation("thay thế", Field(gone, "id"), null, null, false), fromNew);
        Assert.Equal([new ContentRelation("bị thay thế", Field(replacing, "id"), "Thông báo 03/TB", "Notice", true) { Incoming = true }], fromOld);
    }

    [Fact]
    public async Task A_type_is_gone_where_its_module_is_off_and_a_module_handler_runs_only_where_its_module_is_on()
    {
        const string Site = Demo.SiblingCommune;
        using var admin = await site.SignedInAsync(Site, Demo.Administrator(Site));
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/{Site}/api/admin/features/Workflows", new { enabled = true });
        await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/{Site}/api/admin/content/Procedure", new { displayText = "Cấp giấy khai sinh" });
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/{Site}/api/admin/features/Workflows", new { enabled = false });
        try
        {
            await admin.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Post, $"/{Site}/api/admin/content/Procedure", new { displayText = "Cấp giấy chứng tử" });
            Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/{Site}/admin/content?type=Procedure")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/{Site}/admin/content/new?type=Procedure")).StatusCode);
        }
        finally
        {
            await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/{Site}/api/admin/features/Workflows", new { enabled = true });
        }

        // The categories index is a declared index now, kept by the engine for every item carrying CategoriesPart.
        var tenant = site.Tenant(Site);
        Assert.Equal(1, await PublishProcedureAsync(tenant, "Đăng ký kết hôn"));
    }

    [Fact]
    public async Task A_type_that_is_not_versioned_keeps_only_the_latest_and_the_published_version()
    {
        const string Site = Demo.SiblingCommune;
        using var admin = await site.SignedInAsync(Site, Demo.Administrator(Site));
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/{Site}/api/admin/features/Workflows", new { enabled = true });
        var item = await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/{Site}/api/admin/content/Procedure", new { displayText = "Chứng thực bản sao", publish = true });
        for (var i = 1; i <= 3; i++)
        {
            item = await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/{Site}/api/admin/content/{Field(item, "id")}",
                new { displayText = $"Chứng thực bản sao (lần {i})", concurrencyStamp = Field(item, "concurrencyStamp") });
        }

        var history = (await admin.GetJsonAsync($"/{Site}/api/admin/content/{Field(item, "id")}/versions"))!.AsArray();
        Assert.Equal([4, 1], history.Select(v => v!["version"]!.GetValue<int>()));
    }

    [Fact]
    public async Task An_exported_notice_imports_into_a_new_site_with_the_same_fields()
    {
        const string Site = Demo.OtherDistrictCommune;
        using var admin = await site.SignedInAsync(Site, Demo.Administrator(Site));
        var input = (JsonObject)JsonSerializer.SerializeToNode(NoticeInput("07/TB-XH"))!;
        input["parts"]!["noticePart"]!["attachments"] = new JsonArray((JsonNode)$"/{Site}/media/2026/03/lich.pdf");
        input["publish"] = true;
        var created = await admin.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/{Site}/api/admin/content/Notice", input);

        var exported = await admin.GetJsonAsync($"/{Site}/api/admin/export");
        var items = exported!["steps"]!.AsArray().Single(s => Field(s, "name") == "content")!["items"]!.AsArray()
            .Where(i => Field(i, "type") == "Notice").Select(i => i!.DeepClone()).ToArray();
        Assert.Single(items);
        var recipe = new JsonObject
        {
            ["name"] = "ban-sao-thong-bao",
            ["description"] = "Bản sao thông báo",
            ["version"] = "1.0.0",
            ["tenant"] = new JsonObject { ["level"] = "commune", ["name"] = "99917", ["displayName"] = "Xã Bản Sao" },
            ["steps"] = new JsonArray(
                new JsonObject { ["name"] = "features", ["enable"] = new JsonArray((JsonNode)"Contents", (JsonNode)NoticesModule.Id) },
                new JsonObject { ["name"] = "content", ["items"] = new JsonArray(items) }),
        };
        using var district = await site.SignedInAsync(Demo.District, Demo.Administrator(Demo.District));
        var provisioned = await district.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/{Demo.District}/api/admin/provisioning",
            new { recipeJson = recipe.ToJsonString() });
        var copy = Field(provisioned!["tenants"]![0], "urlPrefix");

        using var copyAdmin = await site.SignedInAsync(copy, Demo.Administrator(Demo.District));
        var imported = (await copyAdmin.GetJsonAsync($"/{copy}/api/admin/content?type=Notice"))!["items"]!.AsArray().Single()!;
        var original = await admin.GetJsonAsync($"/{Site}/api/admin/content/{Field(created, "id")}");
        Assert.True(JsonNode.DeepEquals(original!["parts"], imported["parts"]), $"{original!["parts"]!.ToJsonString()} != {imported["parts"]!.ToJsonString()}");
        Assert.True(imported["published"]!.GetValue<bool>());
    }

    private Task<int> PublishProcedureAsync(Tenants.TenantContext tenant, string title) =>
        site.InTenantAsync(tenant, async services =>
        {
            var content = services.GetRequiredService<IContentManager>();
            var item = content.New(ProcedureType.Procedure.Name);
            item.DisplayText = title;
            item.Apply(new CategoriesPart { Categories = ["tin-tuc-su-kien"] });
            var created = await content.CreateAsync(item, publish: true);
            Assert.True(created.Succeeded, created.Message);
            return await services.GetRequiredService<GovCmsDbContext>().Set<ContentCategoryIndex>().CountAsync(i => i.ContentItemId == item.ContentItemId);
        });

    private static string Message(JsonNode errors, string key) => errors[key]?[0]?.GetValue<string>() ?? $"(no error for {key}: {errors.ToJsonString()})";

    private static readonly System.Text.Json.JsonSerializerOptions Web = new(System.Text.Json.JsonSerializerDefaults.Web);

    private static class JsonSerializer
    {
        public static JsonNode? SerializeToNode(object value) => System.Text.Json.JsonSerializer.SerializeToNode(value, Web);
    }
}

public sealed class NoticeApiOnSqlite(NoticeSqliteSite site) : NoticeApiTests(site), IClassFixture<NoticeSqliteSite>;

public sealed class NoticeApiOnPostgreSql(NoticePostgreSqlSite site) : NoticeApiTests(site), IClassFixture<NoticePostgreSqlSite>;
