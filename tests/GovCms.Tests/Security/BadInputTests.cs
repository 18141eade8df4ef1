using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GovCms.Tests.Admin;
using GovCms.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Security;

/// <summary>
/// Finding 8: bad input never answers 500. Each answer is a 400 (or 413, 415) with a Vietnamese message: problem
/// details with the field over the API, the message next to the field or an error page in the admin.
/// </summary>
public abstract class BadInputTests(GovCmsSite site)
{
    private const string Commune = Demo.Commune;
    private static readonly string Api = $"/{Commune}/api/admin";
    private const string Overflowing = "1073741825";

    [Theory]
    [InlineData("/api/content/Article?page=" + Overflowing)]
    [InlineData("/api/content/Article?page=" + Overflowing + "&pageSize=100")]
    [InlineData("/api/admin/content?page=" + Overflowing)]
    [InlineData("/api/admin/content?page=134217729")]
    [InlineData("/admin/content?type=Article&page=134217729")]
    [InlineData("/api/admin/audit?page=" + Overflowing)]
    [InlineData("/admin/content?type=Article&page=" + Overflowing)]
    [InlineData("/admin/audit?page=" + Overflowing)]
    public async Task A_page_number_that_overflows_is_an_empty_or_last_page(string path)
    {
        using var admin = await site.SignedInAsync(Commune, Demo.Administrator(Commune));

        using var response = await admin.GetAsync($"/{Commune}{path}");

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        if (path.StartsWith("/api/content", StringComparison.Ordinal))
        {
            var list = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Empty(list["items"]!.AsArray());
            Assert.Equal(1073741825, list["page"]!.GetValue<int>());
        }
    }

    [Theory]
    [InlineData("/tin-tuc?page=" + Overflowing)]
    [InlineData("/chuyen-muc/tin-tuc-su-kien?page=" + Overflowing)]
    public async Task A_public_listing_page_past_the_end_is_not_found(string path)
    {
        using var citizen = site.Client();
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/{Commune}{path}")).StatusCode);
    }

    [Fact]
    public async Task A_page_number_that_is_not_a_number_is_a_400_naming_the_field()
    {
        using var citizen = site.Client();

        var problem = await citizen.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, $"/{Commune}/api/content/Article?page=99999999999");

        Assert.Contains("page", problem!["errors"]!["page"]![0]!.GetValue<string>());
        Assert.Contains("số nguyên", problem["errors"]!["page"]![0]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync($"/{Commune}/tin-tuc?page=abc")).StatusCode);
    }

    [Fact]
    public async Task Markdown_nested_thousands_deep_is_refused_on_save_with_the_reason_and_previewed_as_text()
    {
        using var author = await site.SignedInAsync(Commune, Demo.Author(Commune));
        var quotes = new string('>', 5000) + " trích dẫn";
        var lists = string.Concat(Enumerable.Repeat("- ", 3000)) + "mục";

        foreach (var body in new[] { quotes, lists })
        {
            var problem = await author.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"{Api}/content/Article",
                new { displayText = "Bài lồng nhau", body });
            Assert.Contains("lồng", problem!["errors"]!["body"]![0]!.GetValue<string>());
        }

        const string form = $"/{Commune}/admin/content/new?type=Article";
        using var saved = await author.PostFormAsync(form, form, [("DisplayText", "Bài lồng nhau"), ("Body", quotes), ("intent", "save")]);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("lồng", AdminPages.FieldError(await saved.Content.ReadAsStringAsync(), "Body"));

        using var preview = await author.PostFormAsync(form, $"/{Commune}/admin/content/preview", [("body", quotes)]);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("trích dẫn", await preview.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_body_longer_than_the_limit_is_refused_with_the_limit()
    {
        using var author = await site.SignedInAsync(Commune, Demo.Author(Commune));

        var problem = await author.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"{Api}/content/Article",
            new { displayText = "Bài rất dài", body = new string('a', 100_001) });

        Assert.Contains("100.000 ký tự", problem!["errors"]!["body"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Thousands_of_categories_or_menu_entries_in_one_request_are_refused_with_the_limit()
    {
        using var admin = await site.SignedInAsync(Commune, Demo.Administrator(Commune));
        var categories = Enumerable.Range(0, 5000).Select(i => $"chuyen-muc-{i}").ToArray();
        var menu = Enumerable.Range(0, 5000).Select(i => new { title = $"Mục {i}", url = "/tin-tuc" }).ToArray();
        var recipeCategories = Enumerable.Range(0, 2000).Select(i => new { name = $"Chuyên mục {i}" }).ToArray();
        var recipe = new
        {
            name = "nhieu-chuyen-muc", description = "Quá nhiều chuyên mục", version = "1.0.0",
            tenant = new { level = "commune", name = "91999", displayName = "Xã Thử Nghiệm" },
            steps = new object[] { new { name = "categories", categories = recipeCategories } },
        };

        var tooManyCategories = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"{Api}/content/Article", new { displayText = "Bài", categories });
        var tooLongMenu = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Put, $"{Api}/menu", new { entries = menu });
        using var district = await site.SignedInAsync(Demo.District, Demo.Administrator(Demo.District));
        var tooManyInRecipe = await district.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/{Demo.District}/api/admin/provisioning/preview",
            new { recipeJson = System.Text.Json.JsonSerializer.Serialize(recipe) });

        Assert.Contains("tối đa 20 chuyên mục", tooManyCategories!["errors"]!["categories"]![0]!.GetValue<string>());
        Assert.Contains("tối đa 15 mục", tooLongMenu!["errors"]!["menu"]![0]!.GetValue<string>());
        Assert.Single(tooLongMenu["errors"]!.AsObject());
        Assert.Contains("tối đa 500", tooManyInRecipe!["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_form_value_that_is_not_a_number_is_named_next_to_its_field_in_vietnamese_and_nothing_is_saved()
    {
        using var admin = await site.SignedInAsync(Commune, Demo.Administrator(Commune));
        const string form = $"/{Commune}/admin/categories";

        using var response = await admin.PostFormAsync(form, form, [("Name", "Chuyên mục thử thứ tự"), ("Slug", ""), ("Order", "abc")]);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Giá trị \"abc\" không hợp lệ.", AdminPages.FieldError(page, "Order"));
        Assert.DoesNotContain("chuyen-muc-thu-thu-tu", await admin.Http.GetStringAsync($"{Api}/categories"));
    }

    [Fact]
    public async Task An_admin_form_with_thousands_of_fields_is_a_400_page_not_a_500()
    {
        using var admin = await site.SignedInAsync(Commune, Demo.Administrator(Commune));
        var rows = Enumerable.Range(0, 1500).SelectMany(i => new[] { ($"Rows[{i}].Title", $"Mục {i}"), ($"Rows[{i}].Url", "/tin-tuc") });
        var categories = Enumerable.Range(0, 1500).Select(i => ("Categories", $"chuyen-muc-{i}"));

        using var menu = await admin.PostFormAsync($"/{Commune}/admin/menu", $"/{Commune}/admin/menu", rows);
        using var article = await admin.PostFormAsync($"/{Commune}/admin/content/new?type=Article", $"/{Commune}/admin/content/new?type=Article",
            categories.Append(("DisplayText", "Bài")).Append(("intent", "save")));

        foreach (var response in new[] { menu, article })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("Yêu cầu không hợp lệ", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        }
    }

    [Fact]
    public async Task A_body_over_the_limit_of_its_endpoint_is_a_413_in_vietnamese()
    {
        using var admin = await site.SignedInAsync(Commune, Demo.Administrator(Commune));
        var huge = new string('a', 1_100_000);

        var json = await admin.ExpectAsync(HttpStatusCode.RequestEntityTooLarge, HttpMethod.Post, $"{Api}/content/Article", new { displayText = "Bài", body = huge });
        using var chunked = await admin.Http.PostAsync($"{Api}/content/Article", new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes($"{{\"body\":\"{huge}\"}}")))
        {
            Headers = { ContentType = new("application/json") },
        });
        using var form = await admin.PostFormAsync($"/{Commune}/admin/menu", $"/{Commune}/admin/menu", [("Lines", huge)]);
        using var upload = await admin.PostFormAsync($"/{Commune}/admin/content/new?type=Article", $"/{Commune}/admin/content/new?type=Article",
            [("DisplayText", "Ảnh quá lớn"), ("ImageAlt", "Ảnh"), ("intent", "save")], new Upload("ImageFile", "anh.png", new byte[7 * 1024 * 1024], "image/png"));

        Assert.Equal("Dữ liệu gửi lên quá lớn: tối đa 1 MB.", json!["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, chunked.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, form.StatusCode);
        Assert.Contains("vượt quá dung lượng cho phép", WebUtility.HtmlDecode(await form.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, upload.StatusCode);

        // The provisioning API takes a whole exported site: its limit is its own.
        using var district = await site.SignedInAsync(Demo.District, Demo.Administrator(Demo.District));
        var recipe = await district.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/{Demo.District}/api/admin/provisioning/preview", new { recipeJson = "{" + huge });
        Assert.Contains("JSON", recipe!["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_image_just_over_the_media_limit_is_told_next_to_its_field_not_refused_as_a_request()
    {
        using var author = await site.SignedInAsync(Commune, Demo.Author(Commune));
        const string form = $"/{Commune}/admin/content/new?type=Article";
        var image = new byte[5 * 1024 * 1024 + 1];
        new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(image, 0);

        using var response = await author.PostFormAsync(form, form, [("DisplayText", "Ảnh lớn"), ("ImageAlt", "Ảnh"), ("intent", "save")],
            new Upload("ImageFile", "anh.png", image, "image/png"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Dung lượng tối đa là 5 MB", AdminPages.FieldError(await response.Content.ReadAsStringAsync(), "ImageFile"));
    }

    [Theory]
    [InlineData("{\"displayText\": \"Bài\", \"publish\": \"có\"}", "publish", "true hoặc false")]
    [InlineData("{\"displayText\": \"Bài\", \"categories\": \"tin-tuc\"}", "categories", "danh sách")]
    [InlineData("{\"displayText\": \"Bài\", \"publishDate\": \"9999-99-99\"}", "publishDate", "ISO 8601")]
    [InlineData("{\"displayText\": 12}", "displayText", "chuỗi")]
    [InlineData("{\"displayText\": \"Bài\",", "body", "JSON không hợp lệ")]
    [InlineData("[]", "body", "không đúng kiểu")]
    [InlineData("", "body", "thiếu nội dung")]
    public async Task A_value_of_the_wrong_type_is_a_400_problem_naming_the_field(string json, string field, string message)
    {
        using var author = await site.SignedInAsync(Commune, Demo.Author(Commune));

        using var response = await author.Http.PostAsync($"{Api}/content/Article", new StringContent(json, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{json}: {(int)response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(text)!;
        Assert.Equal("Dữ liệu chưa hợp lệ", Field(problem, "title"));
        Assert.Contains(message, problem["errors"]![field]![0]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Query_values_of_the_wrong_type_and_bodies_that_are_not_json_are_400_and_415()
    {
        using var admin = await site.SignedInAsync(Commune, Demo.Administrator(Commune));

        var status = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Get, $"{Api}/content?status=Bogus");
        using var text = await admin.Http.PostAsync($"{Api}/content/Article", new StringContent("displayText=Bài", Encoding.UTF8, "text/plain"));
        var schedule = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"{Api}/workflows/tasks/1",
            JsonNode.Parse("{\"action\": \"approve\", \"publishAt\": \"ngày mai\"}"));

        Assert.Contains("Bogus", status!["errors"]!["status"]![0]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        Assert.Contains("JSON", JsonNode.Parse(await text.Content.ReadAsStringAsync())!["detail"]!.GetValue<string>());
        Assert.Contains("ISO 8601", schedule!["errors"]!["publishAt"]![0]!.GetValue<string>());
    }

    /// <summary>Every API endpoint the host maps, also those added later: malformed bodies and query values never answer 500.</summary>
    [Fact]
    public async Task No_api_endpoint_answers_500_to_malformed_bodies_or_query_values()
    {
        using var admin = await site.SignedInAsync(Demo.District, Demo.Administrator(Demo.District));
        string[] bodies =
        [
            "{\"displayText\": ",
            "[1, 2]",
            "\"text\"",
            "{\"concurrencyStamp\": 5, \"publish\": \"x\", \"roles\": \"x\", \"permissions\": 1, \"entries\": {}, \"parameters\": [], " +
            "\"recipe\": 1, \"enabled\": \"x\", \"settings\": [], \"action\": 2, \"publishAt\": \"x\", \"order\": \"x\", \"categories\": [1]}",
            "{\"publishAt\": \"9999-12-31T23:59:59-14:00\", \"unpublishAt\": \"0001-01-01T00:00:00+14:00\"}",
        ];
        const string query = "?page=x&pageSize=-5&status=x&from=x&to=99999-01-01&type=%00";
        var endpoints = MappedRoutes.Of(site.Services)
            .Where(r => r.Pattern.TrimStart('/').StartsWith("api", StringComparison.Ordinal) && !r.Pattern.Contains("logout"))
            .ToList();
        var failures = new List<string>();

        foreach (var (_, pattern, method) in endpoints)
        {
            var path = $"/{Demo.District}" + MappedRoutes.Fill(pattern, _ => "1") + query;
            foreach (var body in method is "GET" ? [""] : bodies)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (body.Length > 0)
                {
                    request.Content = new StringContent(body, Encoding.UTF8, "application/json");
                }

                using var response = await admin.Http.SendAsync(request);
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{method} {path} {body}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(endpoints.Count > 40, $"only {endpoints.Count} endpoints found");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task A_schedule_at_the_end_of_the_calendar_is_answered_without_a_500()
    {
        using var admin = await site.SignedInAsync(Commune, Demo.Administrator(Commune));
        var draft = await admin.CreateArticleAsync(Commune, "Bài hẹn giờ rất xa");

        foreach (var publishAt in new[] { "9999-12-31T23:59:59+07:00", "9999-12-31T23:59:59+00:00", "0001-01-01T00:00:00+00:00" })
        {
            using var response = await admin.SendJsonAsync(HttpMethod.Post, $"{Api}/content/{Field(draft, "id")}/schedule",
                JsonNode.Parse($"{{\"concurrencyStamp\": \"{Field(draft, "concurrencyStamp")}\", \"publishAt\": \"{publishAt}\"}}"));
            Assert.True((int)response.StatusCode < 500, $"{publishAt}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }
}

public sealed class BadInputOnSqlite(SqliteSite site) : BadInputTests(site), IClassFixture<SqliteSite>;

public sealed class BadInputOnPostgreSql(PostgreSqlSite site) : BadInputTests(site), IClassFixture<PostgreSqlSite>;
