using GovCms.Tenants;
using GovCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Browser;

/// <summary>The portal and the second theme in a real browser: on a 360 px phone and on a desktop, by keyboard.</summary>
public sealed class PortalThemeBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Theory]
    [InlineData(Demo.Commune, "Portal", 360)]
    [InlineData(Demo.Commune, "Portal", 1280)]
    [InlineData(Demo.SiblingCommune, "Civic", 360)]
    [InlineData(Demo.SiblingCommune, "Civic", 1280)]
    public async Task Home_and_an_empty_section_fit_the_screen_and_have_no_accessibility_violations(string slug, string theme, int width)
    {
        await UseThemeAsync(slug, theme);
        await using var context = await site.NewContextAsync(width, 800);
        var page = await context.NewPageAsync();
        foreach (var path in new[] { $"/{slug}/", $"/{slug}/chuyen-muc/dau-thau" })
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(200, response!.Status);
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
                $"{path} on the {theme} theme is wider than {width} px.");
            await Accessibility.AssertNoViolationsAsync(page);
        }
    }

    [Fact]
    public async Task The_first_tab_reaches_the_skip_link_which_moves_focus_to_the_content_and_focus_is_visible()
    {
        await using var context = await site.NewContextAsync(360, 800);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/{Demo.Commune}/tin-tuc");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Bỏ qua, đến nội dung chính", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        Assert.True(await page.EvaluateAsync<bool>("() => { const r = document.activeElement.getBoundingClientRect(); return r.top >= 0 && r.height > 0; }"),
            "The skip link is not on screen when focused.");
        Assert.NotEqual("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle"));

        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("noi-dung", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"),
            "After the skip link, the next Tab does not stay in the content.");
    }

    private Task UseThemeAsync(string slug, string theme) =>
        site.InTenantAsync(null, async services =>
        {
            var tenant = site.Tenant(slug);
            var outcome = await services.GetRequiredService<TenantService>().UpdateAsync(tenant.Id, tenant.DisplayName, tenant.Settings, theme);
            Assert.True(outcome.Succeeded);
            return outcome;
        });
}
