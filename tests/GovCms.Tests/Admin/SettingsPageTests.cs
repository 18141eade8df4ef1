using System.Net;
using GovCms.Tenants;
using GovCms.Tests.Infrastructure;
using GovCms.Tests.Portal;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Admin;

/// <summary>
/// Finding 15: recipe placeholders never block saving the settings page and are pointed out; the leader has fields;
/// the theme is chosen on the page; PUT /api/admin/tenant changes only what it is given.
/// </summary>
public abstract class SettingsPageTests(GovCmsSite site)
{
    private const string SpokespersonEmailPlaceholder = "[CẦN BỔ SUNG: thư điện tử công vụ của người phát ngôn]";
    private const string PhonePlaceholder = "[CẦN BỔ SUNG: số điện thoại trụ sở]";

    [Fact]
    public async Task A_site_fresh_from_its_recipe_saves_with_its_placeholders_and_the_page_lists_what_is_unfilled()
    {
        const string slug = Demo.Commune;
        var settings = $"/{slug}/admin/settings";
        using var admin = await site.SignedInAsync(slug, Demo.Administrator(slug));
        var page = await admin.PageAsync(settings);
        Assert.Equal(SpokespersonEmailPlaceholder, AdminPages.InputValue(page, "SpokespersonEmail"));
        Assert.Contains("Email người phát ngôn", Html.Element(page, "div", "unfilled-settings"));

        await admin.PostFormExpectingRedirectAsync(settings, settings,
        [
            ("DisplayName", "Phường Đông Sơn"), ("Contact[Phone]", PhonePlaceholder), ("Contact[Email]", "[CẦN BỔ SUNG: thư điện tử công vụ]"),
            ("SpokespersonName", "Lê Văn Cường"), ("SpokespersonPhone", "[CẦN BỔ SUNG: điện thoại của người phát ngôn]"), ("SpokespersonEmail", SpokespersonEmailPlaceholder),
        ]);

        var saved = site.Tenant(slug).Settings;
        Assert.Equal(PhonePlaceholder, saved[SiteSettings.Phone]);
        Assert.Equal(SpokespersonEmailPlaceholder, saved[SiteSettings.SpokespersonEmail]);
        Assert.Equal("Lê Văn Cường", saved[SiteSettings.SpokespersonName]);
        var unfilled = Html.Element(await admin.PageAsync(settings), "div", "unfilled-settings");
        Assert.Contains("<li>Điện thoại</li>", unfilled);
        Assert.Contains("<li>Thư điện tử</li>", unfilled);
        Assert.DoesNotContain("Họ và tên người phát ngôn", unfilled);
    }

    [Fact]
    public async Task A_phone_that_is_neither_a_number_nor_a_placeholder_is_named_next_to_its_field()
    {
        const string slug = Demo.SiblingCommune;
        var settings = $"/{slug}/admin/settings";
        using var admin = await site.SignedInAsync(slug, Demo.Administrator(slug));
        using var response = await admin.PostFormAsync(settings, settings, [("DisplayName", "Phường Lam Sơn"), ("Contact[Phone]", "gọi ủy ban"), ("SpokespersonPhone", "0912 345 678")]);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Số điện thoại \"gọi ủy ban\" không hợp lệ", AdminPages.FieldError(page, "Contact_Phone"));
        Assert.Null(AdminPages.FieldError(page, "SpokespersonPhone"));
    }

    [Fact]
    public async Task The_leader_and_the_theme_are_set_on_the_page()
    {
        const string slug = Demo.OtherDistrictCommune;
        var settings = $"/{slug}/admin/settings";
        using var admin = await site.SignedInAsync(slug, Demo.Administrator(slug));
        var page = await admin.PageAsync(settings);
        Assert.Contains("<option value=\"Civic\">Giao diện Xanh</option>", page);
        Assert.Contains("<label for=\"LeaderName\">Họ và tên</label>", page);

        await admin.PostFormExpectingRedirectAsync(settings, settings,
            [("DisplayName", "Xã Xuân Hồng"), ("LeaderName", "Phạm Văn Dũng"), ("LeaderTitle", "Chủ tịch Ủy ban nhân dân xã"), ("Theme", "Civic")]);

        var tenant = site.Tenant(slug);
        Assert.Equal("Phạm Văn Dũng", tenant.Settings[SiteSettings.LeaderName]);
        Assert.Equal("Chủ tịch Ủy ban nhân dân xã", tenant.Settings[SiteSettings.LeaderTitle]);
        Assert.Equal("Civic", tenant.Theme);
        Assert.Contains("<option value=\"Civic\" selected=\"selected\">Giao diện Xanh</option>", await admin.PageAsync(settings));

        using var refused = await admin.PostFormAsync(settings, settings, [("DisplayName", "Xã Xuân Hồng"), ("Theme", "KhongCo")]);
        Assert.Equal("Hãy chọn một giao diện trong danh sách.", AdminPages.FieldError(WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), "Theme"));
        Assert.Equal("Civic", site.Tenant(slug).Theme);
    }

    [Fact]
    public async Task The_tenant_api_changes_only_the_fields_it_is_given()
    {
        const string slug = Demo.District;
        var api = $"/{slug}/api/admin/tenant";
        using var admin = await site.SignedInAsync(slug, Demo.Administrator(slug));
        var before = (await admin.GetJsonAsync(api))!;

        var phoneOnly = await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, api, new { settings = new Dictionary<string, string> { ["Phone"] = "0237 3 777 777" } });
        Assert.Equal(Field(before, "displayName"), Field(phoneOnly, "displayName"));
        Assert.Equal(Field(before, "theme"), Field(phoneOnly, "theme"));
        Assert.Equal("0237 3 777 777", Field(phoneOnly!["settings"], "Phone"));
        foreach (var (key, value) in before["settings"]!.AsObject().Where(s => s.Key != "Phone"))
        {
            Assert.Equal(value!.GetValue<string>(), Field(phoneOnly["settings"], key));
        }

        var themeOnly = await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, api, new { theme = "Civic" });
        Assert.Equal("0237 3 777 777", Field(themeOnly!["settings"], "Phone"));
        Assert.Equal("Civic", Field(themeOnly, "theme"));

        var removed = await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, api, new { displayName = "Thị xã Bỉm Sơn", settings = new Dictionary<string, string?> { ["Licence"] = "", ["Address"] = null } });
        Assert.Null(removed!["settings"]!["Licence"]);
        Assert.Equal(Field(before["settings"], "Address"), Field(removed["settings"], "Address"));
        Assert.Equal("Civic", Field(removed, "theme"));

        await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Put, api, new { displayName = "" });
    }
}

public sealed class SettingsPageOnSqlite(SqliteSite site) : SettingsPageTests(site), IClassFixture<SqliteSite>;

public sealed class SettingsPageOnPostgreSql(PostgreSqlSite site) : SettingsPageTests(site), IClassFixture<PostgreSqlSite>;
