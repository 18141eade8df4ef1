using GovCms.Contents;
using GovCms.Tenants;
using GovCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GovCms.Tests.Browser;

/// <summary>A module's section of the settings page ("Tin tức và trang") in a phone's browser: a refused value named next to its field, then saved.</summary>
public sealed class SettingsSectionBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Slug = Demo.OtherDistrictCommune;

    [Fact]
    public async Task The_news_section_refuses_a_bad_count_next_to_the_field_saves_a_good_one_and_passes_axe()
    {
        await using var context = await site.NewContextAsync(360, 800);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/{Slug}/admin/login");
        await page.GetByLabel("Tên đăng nhập", new() { Exact = true }).FillAsync(Demo.Administrator(Slug));
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(Demo.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync($"**/{Slug}/admin");

        await page.GotoAsync($"/{Slug}/admin/settings");
        var section = page.Locator("#section-contents");
        var latest = section.GetByLabel("Số tin mới nhất ở trang chủ");
        Assert.Equal("6", await latest.InputValueAsync());
        await Accessibility.AssertNoViolationsAsync(page);

        await latest.FillAsync("0");
        await section.GetByRole(AriaRole.Button, new() { Name = "Lưu mục \"Tin tức và trang\"" }).ClickAsync();
        var error = page.Locator("#Contents_latestCount-error");
        await error.WaitForAsync();
        Assert.Equal("Số tin mới nhất ở trang chủ phải trong khoảng 1 đến 30.", await error.InnerTextAsync());
        Assert.Equal("true", await page.Locator("#Contents_latestCount").GetAttributeAsync("aria-invalid"));
        await Accessibility.AssertNoViolationsAsync(page);

        await page.Locator("#Contents_latestCount").FillAsync("9");
        await page.Locator("#section-contents").GetByRole(AriaRole.Button, new() { Name = "Lưu mục \"Tin tức và trang\"" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).WaitForAsync();
        Assert.Contains("Đã lưu cài đặt \"Tin tức và trang\".", await page.GetByRole(AriaRole.Status).InnerTextAsync());
        Assert.Equal(9, site.Services.GetRequiredService<SiteSettingsCatalog>().Read<ContentsSettings>(site.Tenant(Slug)).LatestCount);
    }
}
