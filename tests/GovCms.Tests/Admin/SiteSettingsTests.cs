using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GovCms.Contents;
using GovCms.Data;
using GovCms.Provisioning;
using GovCms.Recipes;
using GovCms.Tenants;
using GovCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Admin;

/// <summary>
/// Typed settings a module declares (Contents: "Tin tức và trang"): the API and the settings page check them as part
/// fields are checked, the portal reads them, a module switched off hides its section, recipes set and export them.
/// </summary>
public abstract partial class SiteSettingsTests(GovCmsSite site)
{
    private static string Api(string slug) => $"{Demo.Base(slug)}/api/admin/settings/contents";

    [Fact]
    public async Task The_api_answers_the_defaults_saves_what_it_is_given_and_the_portal_lists_by_it()
    {
        const string slug = Demo.Commune;
        using var admin = await site.SignedInAsync(slug, Demo.Administrator(slug));
        var defaults = await admin.GetJsonAsync(Api(slug));
        Assert.Equal(("contents", "Tin tức và trang"), (Field(defaults, "name"), Field(defaults, "title")));
        Assert.Equal((3, 6, 10), Counts(defaults!["values"]!));

        for (var i = 1; i <= 6; i++)
        {
            await admin.CreateArticleAsync(slug, $"Tin kiểm tra phân trang số {i}", publish: true);
        }

        Assert.True(ListedOn(await site.Client().PageAsync($"/{slug}/tin-tuc")) > 5);

        var saved = await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, Api(slug), new { pageSize = "5", latestCount = 4 });
        Assert.Equal((3, 4, 5), Counts(saved!["values"]!));
        Assert.Equal((3, 4, 5), Counts((await admin.GetJsonAsync(Api(slug)))!["values"]!));

        // The cached page went with the change; the listing pages by the site's own size now.
        Assert.Equal(5, ListedOn(await site.Client().PageAsync($"/{slug}/tin-tuc")));
        Assert.Equal(HttpStatusCode.OK, (await site.Client().GetAsync($"/{slug}/tin-tuc?page=2")).StatusCode);

        // Read typed, for this site and from another site's scope; other sites keep the defaults.
        var scopes = site.Services.GetRequiredService<ITenantScopes>();
        var read = await scopes.RunInAsync(site.Tenant(slug).Id, services => Task.FromResult(services.GetRequiredService<ISiteSettings<ContentsSettings>>().Value));
        Assert.Equal((3, 4, 5), (read.FeaturedCount, read.LatestCount, read.PageSize));
        var other = await scopes.RunInAsync(site.Tenant(Demo.SiblingCommune).Id, services => Task.FromResult(services.GetRequiredService<ISiteSettings<ContentsSettings>>().Value));
        Assert.Equal(10, other.PageSize);
    }

    [Fact]
    public async Task Bad_values_are_refused_by_field_in_Vietnamese_and_nothing_is_saved()
    {
        const string slug = Demo.SiblingCommune;
        using var admin = await site.SignedInAsync(slug, Demo.Administrator(slug));
        var problem = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Put, Api(slug),
            new { latestCount = 99, pageSize = "mười", featuredCount = "2,5", soTrang = 3 });

        var errors = problem!["errors"]!.AsObject();
        Assert.Equal("Số tin mỗi trang danh sách phải là một số, ví dụ 12 hoặc 1,5.", errors["pageSize"]![0]!.GetValue<string>());
        Assert.Equal("Số tin nổi bật ở trang chủ phải là số nguyên, ví dụ 6.", errors["featuredCount"]![0]!.GetValue<string>());
        Assert.Contains("không có trường \"soTrang\"", errors["soTrang"]![0]!.GetValue<string>());

        var range = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Put, Api(slug), new { latestCount = 99 });
        Assert.Equal("Số tin mới nhất ở trang chủ phải trong khoảng 1 đến 30.", range!["errors"]!["latestCount"]![0]!.GetValue<string>());
        Assert.Equal((3, 6, 10), Counts((await admin.GetJsonAsync(Api(slug)))!["values"]!));
        Assert.False(site.Tenant(slug).SettingSections.ContainsKey("contents"));

        using var author = await site.SignedInAsync(slug, Demo.Author(slug));
        await author.ExpectAsync(HttpStatusCode.Forbidden, HttpMethod.Put, Api(slug), new { latestCount = 2 });
    }

    [Fact]
    public async Task The_settings_page_shows_the_section_saves_it_and_puts_errors_next_to_the_field()
    {
        const string slug = Demo.OtherDistrictCommune;
        var settings = $"/{slug}/admin/settings";
        using var admin = await site.SignedInAsync(slug, Demo.Administrator(slug));
        var page = await admin.PageAsync(settings);
        Assert.Contains("<legend>Tin tức và trang</legend>", page);
        Assert.Equal("6", AdminPages.InputValue(page, "Contents_latestCount"));

        using var refused = await admin.PostFormAsync(settings, $"{settings}/contents", [("Contents.featuredCount", "3"), ("Contents.latestCount", "0"), ("Contents.pageSize", "10")]);
        var refusedPage = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("Số tin mới nhất ở trang chủ phải trong khoảng 1 đến 30.", AdminPages.FieldError(refusedPage, "Contents_latestCount"));
        Assert.Equal("0", AdminPages.InputValue(refusedPage, "Contents_latestCount"));
        Assert.Null(AdminPages.FieldError(refusedPage, "Contents_pageSize"));
        Assert.False(site.Tenant(slug).SettingSections.ContainsKey("contents"));

        await admin.PostFormExpectingRedirectAsync(settings, $"{settings}/contents", [("Contents.featuredCount", "2"), ("Contents.latestCount", "8"), ("Contents.pageSize", "12")]);
        Assert.Equal("8", AdminPages.InputValue(await admin.PageAsync(settings), "Contents_latestCount"));
        var stored = site.Services.GetRequiredService<SiteSettingsCatalog>().Read<ContentsSettings>(site.Tenant(slug));
        Assert.Equal((2, 8, 12), (stored.FeaturedCount, stored.LatestCount, stored.PageSize));
    }

    [Fact]
    public async Task A_section_of_a_module_switched_off_is_not_shown_and_its_api_answers_404()
    {
        const string slug = Demo.District;
        var settings = $"/{slug}/admin/settings";
        using var admin = await site.SignedInAsync(slug, Demo.Administrator(slug));
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/{slug}/api/admin/features/Contents", new { enabled = false });
        try
        {
            Assert.DoesNotContain("Tin tức và trang", await admin.PageAsync(settings));
            await admin.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Get, Api(slug));
            await admin.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Put, Api(slug), new { latestCount = 2 });
            Assert.Empty((await admin.GetJsonAsync($"/{slug}/api/admin/settings"))!.AsArray());
            using var posted = await admin.PostFormAsync(settings, $"{settings}/contents", [("Contents.latestCount", "2")]);
            Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        }
        finally
        {
            await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/{slug}/api/admin/features/Contents", new { enabled = true });
        }

        Assert.Contains("<legend>Tin tức và trang</legend>", await admin.PageAsync(settings));
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, Api(slug));
    }

    [Fact]
    public async Task A_recipe_sets_sections_the_export_carries_them_and_provisions_an_equal_site()
    {
        var provisioner = site.Services.GetRequiredService<TenantProvisioner>();
        var created = await provisioner.ProvisionAsync(new ProvisioningRequest
        {
            RecipeJson = Recipe("""{ "name": "siteSettings", "sections": { "contents": { "latestCount": "{{latest}}", "pageSize": 15 } } }""",
                """{ "name": "latest", "description": "Số tin mới nhất", "default": "4" },"""),
            Parameters = new Dictionary<string, string> { ["code"] = "96101", ["unitName"] = "Xã Cài Đặt" },
        });
        Assert.True(created.Succeeded, string.Join(Environment.NewLine, created.Errors));
        var tenant = created.Tenants.Single();
        var catalog = site.Services.GetRequiredService<SiteSettingsCatalog>();
        Assert.Equal((3, 4, 15), Counts(catalog.Read<ContentsSettings>(site.Catalog.Find(tenant.Id)!)));
        Assert.Contains(created.Changes, c => c.Kind == "setting" && c.Description.Contains("Tin tức và trang: latestCount"));

        var exported = await site.Services.GetRequiredService<RecipeExporter>().ExportAsync(site.Catalog.Find(tenant.Id)!);
        var step = exported["steps"]!.AsArray().Single(s => Field(s, "name") == "siteSettings")!;
        Assert.Equal(15, step["sections"]!["contents"]!["pageSize"]!.GetValue<int>());

        var copy = await provisioner.ProvisionAsync(new ProvisioningRequest
        {
            RecipeJson = RecipeExporter.ToText(exported),
            Parameters = new Dictionary<string, string> { ["code"] = "96102", ["unitName"] = "Xã Bản Sao", ["parent"] = "381" },
        });
        Assert.True(copy.Succeeded, string.Join(Environment.NewLine, copy.Errors));
        Assert.Equal((3, 4, 15), Counts(catalog.Read<ContentsSettings>(site.Catalog.Find(copy.Tenants.Single().Id)!)));
    }

    public static TheoryData<string, string, string, string> BadSteps => new()
    {
        { "96105", """{ "name": "siteSettings", "sections": { "tinTuc": { "pageSize": 5 } } }""", "$.steps[1].sections.tinTuc", "không có mục cài đặt \"tinTuc\". Các mục: contents" },
        { "96106", """{ "name": "siteSettings", "sections": { "contents": { "soTrang": 5 } } }""", "$.steps[1].sections.contents.soTrang", "không có trường \"soTrang\"" },
        { "96107", """{ "name": "siteSettings", "sections": { "contents": { "pageSize": 500 } } }""", "$.steps[1].sections.contents.pageSize", "phải trong khoảng 5 đến 50" },
    };

    [Theory]
    [MemberData(nameof(BadSteps))]
    public async Task A_bad_section_in_a_recipe_is_named_and_creates_nothing(string code, string step, string path, string message)
    {
        var result = await site.Services.GetRequiredService<TenantProvisioner>().ProvisionAsync(new ProvisioningRequest
        {
            RecipeJson = Recipe(step),
            Parameters = new Dictionary<string, string> { ["code"] = code, ["unitName"] = "Xã Lỗi Cài Đặt " + code },
        });

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Path == path && e.Message.Contains(message));
        Assert.Null(site.Catalog.FindByName(code));
    }

    [Fact]
    public async Task A_section_of_a_module_that_is_off_is_refused_in_a_recipe()
    {
        var result = await site.Services.GetRequiredService<TenantProvisioner>().ProvisionAsync(new ProvisioningRequest
        {
            RecipeJson = Recipe("""{ "name": "siteSettings", "sections": { "contents": { "pageSize": 5 } } }""", features: "[]"),
            Parameters = new Dictionary<string, string> { ["code"] = "96104", ["unitName"] = "Xã Tắt Tin" },
        });

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Path == "$.steps[1].sections.contents" && e.Message.Contains("thuộc tính năng \"Contents\" đang tắt"));
    }

    [Fact]
    public async Task Values_older_versions_kept_as_module_keys_move_into_the_section_at_startup()
    {
        const string slug = Demo.Province;
        var tenant = site.Tenant(slug);
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var tenants = scope.ServiceProvider.GetRequiredService<TenantService>();
            var settings = new Dictionary<string, string>(tenant.Settings) { ["Contents.PageSize"] = "7", ["Contents.LatestCount"] = "không phải số", ["Contents.Other"] = "giữ" };
            Assert.True((await tenants.UpdateAsync(tenant.Id, tenant.DisplayName, settings, null)).Succeeded);
            await LegacyModuleSettings.MoveAsync(scope.ServiceProvider.GetRequiredService<GovCmsDbContext>(), scope.ServiceProvider.GetRequiredService<SiteSettingsCatalog>());
        }

        await site.Services.GetRequiredService<TenantCatalog>().RefreshAsync(tenant.Id);
        var moved = site.Tenant(slug);
        Assert.Equal((3, 6, 7), Counts(site.Services.GetRequiredService<SiteSettingsCatalog>().Read<ContentsSettings>(moved)));
        Assert.False(moved.Settings.ContainsKey("Contents.PageSize"));
        Assert.False(moved.Settings.ContainsKey("Contents.LatestCount"));
        Assert.Equal("giữ", moved.Settings["Contents.Other"]);
    }

    /// <summary>A commune recipe with the features step, then <paramref name="step"/>; <paramref name="parameters"/> come before code and unitName.</summary>
    private static string Recipe(string step, string parameters = "", string features = "[\"Contents\"]") => $$$"""
        { "name": "cai-dat", "description": "Thử cài đặt", "version": "1.0.0",
          "parameters": [ {{{parameters}}} { "name": "code", "description": "Mã", "required": true }, { "name": "unitName", "description": "Tên", "required": true } ],
          "tenant": { "level": "commune", "name": "{{code}}", "displayName": "{{unitName}}", "parent": "381" },
          "steps": [ { "name": "features", "enable": {{{features}}} }, {{{step}}} ] }
        """;

    private static (int, int, int) Counts(JsonNode values) =>
        (values["featuredCount"]!.GetValue<int>(), values["latestCount"]!.GetValue<int>(), values["pageSize"]!.GetValue<int>());

    private static (int, int, int) Counts(ContentsSettings settings) => (settings.FeaturedCount, settings.LatestCount, settings.PageSize);

    private static int ListedOn(string page) => ListedTitle().Matches(page).Count;

    [GeneratedRegex("<h2 class=\"card__title\">")]
    private static partial Regex ListedTitle();
}

public sealed class SiteSettingsOnSqlite(SqliteSite site) : SiteSettingsTests(site), IClassFixture<SqliteSite>;

public sealed class SiteSettingsOnPostgreSql(PostgreSqlSite site) : SiteSettingsTests(site), IClassFixture<PostgreSqlSite>;
