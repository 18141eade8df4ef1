using System.Net;
using GovCms.Tests.Infrastructure;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Portal;

/// <summary>A tenant's theme decides its views, per request: switching needs no restart and touches no other tenant.</summary>
public abstract class ThemeSwitchTests(GovCmsSite site)
{
    private const string CivicStylesheet = "/_content/GovCms.Themes.Civic/civic.css";

    [Fact]
    public async Task A_tenant_on_the_second_theme_gets_its_views_while_others_keep_the_portal_and_switching_back_needs_no_restart()
    {
        using var admin = await site.SignedInAsync(Demo.Commune, Demo.Administrator(Demo.Commune));
        using var citizen = site.Client();
        await AssertPortalAsync(citizen, Demo.Commune); // also fills MVC's view cache for the portal

        await SetThemeAsync(admin, Demo.Commune, "Civic");
        var home = await citizen.PageAsync($"/{Demo.Commune}/");
        Assert.Contains("<header class=\"civic-header\">", home);   // Civic's header overrides Portal's
        Assert.Contains("<div class=\"civic-home\">", home);        // Civic's home overrides the Contents module's
        Assert.Contains($"<link rel=\"stylesheet\" href=\"{CivicStylesheet}?v=", home);
        var article = await citizen.PageAsync($"/{Demo.Commune}/tin-tuc/thong-bao-lich-tiep-cong-dan-thang-12");
        Assert.Contains("<header class=\"civic-header\">", article);
        Assert.Contains("<h1 class=\"article__title\">", article); // not overridden: the module's view in Civic's frame
        Assert.Contains("<footer class=\"site-footer\">", article); // not overridden: the base theme's footer

        await AssertPortalAsync(citizen, Demo.SiblingCommune);

        await SetThemeAsync(admin, Demo.Commune, "Portal");
        await AssertPortalAsync(citizen, Demo.Commune);
    }

    [Fact]
    public async Task An_unknown_theme_is_refused_and_the_current_one_kept()
    {
        using var admin = await site.SignedInAsync(Demo.District, Demo.Administrator(Demo.District));
        var tenant = await admin.GetJsonAsync($"/{Demo.District}/api/admin/tenant");
        var refused = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Put, $"/{Demo.District}/api/admin/tenant",
            new { displayName = Field(tenant, "displayName"), settings = tenant!["settings"], theme = "KhongCo" });
        Assert.Contains("Không có giao diện 'KhongCo'", refused!["detail"]!.GetValue<string>());
        Assert.Equal("Portal", Field(await admin.GetJsonAsync($"/{Demo.District}/api/admin/tenant"), "theme"));
    }

    private static async Task SetThemeAsync(SiteClient admin, string slug, string theme)
    {
        var tenant = await admin.GetJsonAsync($"/{slug}/api/admin/tenant");
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/{slug}/api/admin/tenant",
            new { displayName = Field(tenant, "displayName"), settings = tenant!["settings"], theme });
    }

    private static async Task AssertPortalAsync(SiteClient citizen, string slug)
    {
        var home = await citizen.PageAsync($"/{slug}/");
        Assert.Contains("<header class=\"site-header\">", home);
        Assert.Contains("<section class=\"home-section home-latest\"", home);
        Assert.DoesNotContain("civic", home);
    }
}

public sealed class ThemeSwitchOnSqlite(SqliteSite site) : ThemeSwitchTests(site), IClassFixture<SqliteSite>;

public sealed class ThemeSwitchOnPostgreSql(PostgreSqlSite site) : ThemeSwitchTests(site), IClassFixture<PostgreSqlSite>;
