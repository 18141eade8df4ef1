using GovCms.Tenants;
using GovCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GovCms.Tests.Browser;

/// <summary>
/// The public pages as citizens use them: on a 360 px phone the menu folds behind "☰ Danh mục" so the content
/// starts on the first screen; articles print and share; and axe finds no violation at all, in both themes.
/// </summary>
public sealed class PortalPagesBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Article = "/tin-tuc/phuong-dong-son-trien-khai-ke-hoach-chuyen-doi-so-nam-2026";

    public static TheoryData<string, string, int> EveryPageInBothThemes()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var (slug, theme) in new[] { (Demo.Commune, "Portal"), (Demo.SiblingCommune, "Civic") })
        {
            foreach (var path in new[] { "/", "/tin-tuc", "/chuyen-muc/chi-dao-dieu-hanh", ArticleOf(slug), "/trang/gioi-thieu", "/trang/introduction", "/tim-kiem?q=ke+hoach", "/khong-co-trang-nay" })
            {
                data.Add(theme, $"/{slug}{path}", 360);
                data.Add(theme, $"/{slug}{path}", 1280);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPageInBothThemes))]
    public async Task Public_pages_have_no_accessibility_violation_of_any_impact(string theme, string path, int width)
    {
        await UseThemeAsync(path.Split('/')[1], theme);
        await using var context = await site.NewContextAsync(width, 800);
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(path);
        Assert.Equal(path.EndsWith("khong-co-trang-nay", StringComparison.Ordinal) ? 404 : 200, response!.Status);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"{path} is wider than {width} px.");
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Theory]
    [InlineData(Demo.Commune, "Portal")]
    [InlineData(Demo.SiblingCommune, "Civic")]
    public async Task On_a_phone_the_menu_is_folded_so_the_content_starts_on_the_first_screen_and_opens_with_its_button(string slug, string theme)
    {
        await UseThemeAsync(slug, theme);
        await using var context = await site.NewContextAsync(360, 640);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/{slug}/");

        var toggle = page.Locator("summary.site-nav__toggle");
        Assert.Equal("☰ Danh mục", System.Text.RegularExpressions.Regex.Replace(await toggle.InnerTextAsync(), @"\s+", " ").Trim());
        Assert.True(await toggle.IsVisibleAsync());
        Assert.False(await page.Locator(".site-nav__list").IsVisibleAsync());
        var contentTop = await page.EvaluateAsync<double>("() => document.querySelector('main h2').getBoundingClientRect().top");
        Assert.True(contentTop < 640 - 40, $"The first heading of the content starts at {contentTop} px, below the first screen.");

        await toggle.ClickAsync();
        Assert.True(await page.Locator(".site-nav__list").IsVisibleAsync());
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "Tin tức", Exact = true }).First.IsVisibleAsync());
        Assert.Equal("true", await page.EvaluateAsync<string>("() => String(document.querySelector('details.site-nav__menu').open)"));
    }

    [Fact]
    public async Task On_a_desktop_the_menu_is_a_bar_without_the_button_and_without_script_too()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseUrl, ViewportSize = new ViewportSize { Width = 1280, Height = 800 }, JavaScriptEnabled = false,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/{Demo.Commune}/");
        Assert.False(await page.Locator("summary.site-nav__toggle").IsVisibleAsync());
        Assert.True(await page.Locator(".site-nav__list").IsVisibleAsync());
        Assert.True(await page.Locator(".site-nav__link", new() { HasText = "Giới thiệu" }).IsVisibleAsync());
    }

    [Fact]
    public async Task An_article_has_a_print_stylesheet_a_print_button_that_prints_and_share_links_to_its_address()
    {
        await UseThemeAsync(Demo.Commune, "Portal");
        await using var context = await site.NewContextAsync(390, 844);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/{Demo.Commune}{Article}");

        Assert.Equal(1, await page.Locator("link[rel=stylesheet][media=print][href*='print.css']").CountAsync());
        var print = page.GetByRole(AriaRole.Button, new() { Name = "In bài viết" });
        Assert.True(await print.IsVisibleAsync());
        await page.EvaluateAsync("() => { window.__printed = 0; window.print = () => window.__printed++; }");
        await print.ClickAsync();
        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.__printed"));

        var address = Uri.EscapeDataString($"{site.BaseUrl}/{Demo.Commune}{Article}");
        Assert.Equal($"https://www.facebook.com/sharer/sharer.php?u={address}", await page.Locator("a.share-tools__link--facebook").GetAttributeAsync("href"));
        Assert.Equal($"https://zalo.me/share?url={address}", await page.Locator("a.share-tools__link--zalo").GetAttributeAsync("href"));

        await page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });
        Assert.False(await page.Locator(".site-nav").IsVisibleAsync());
        Assert.False(await page.Locator(".share-tools").IsVisibleAsync());
        Assert.True(await page.Locator("h1.article__title").IsVisibleAsync());
    }

    [Fact]
    public async Task Without_script_the_print_button_is_hidden_and_the_article_reads_the_same()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseUrl, ViewportSize = new ViewportSize { Width = 360, Height = 800 }, JavaScriptEnabled = false,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/{Demo.Commune}{Article}");
        Assert.False(await page.Locator("[data-print]").IsVisibleAsync());
        Assert.True(await page.Locator(".article__body").IsVisibleAsync());
        Assert.True(await page.Locator("a.share-tools__link--zalo").IsVisibleAsync());
    }

    private static string ArticleOf(string slug) =>
        slug == Demo.Commune ? Article : "/tin-tuc/ra-quan-tong-ve-sinh-moi-truong-phong-chong-dich-benh";

    private Task UseThemeAsync(string slug, string theme) =>
        site.InTenantAsync(null, async services =>
        {
            var tenant = site.Tenant(slug);
            if (tenant.Theme == theme)
            {
                return true;
            }

            var outcome = await services.GetRequiredService<TenantService>().UpdateAsync(tenant.Id, tenant.DisplayName, tenant.Settings, theme);
            Assert.True(outcome.Succeeded);
            return true;
        });
}
