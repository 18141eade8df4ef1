using GovCms.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GovCms.Tests.Browser;

/// <summary>The admin as a person uses it on a phone: a real browser, keyboard and JavaScript.</summary>
public sealed class AdminBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Commune = Demo.Commune;

    [Fact]
    public async Task An_author_signs_in_on_a_phone_writes_with_live_preview_and_the_pages_pass_the_accessibility_check()
    {
        await using var context = await site.NewContextAsync(360, 800);
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/{Commune}/admin/content?type=Article");
        Assert.EndsWith($"/{Commune}/admin/login?returnUrl=%2F{Commune}%2Fadmin%2Fcontent%3Ftype%3DArticle", page.Url);
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Tên đăng nhập", new() { Exact = true }).FillAsync(Demo.Author(Commune));
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(Demo.Password);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).PressAsync("Enter");
        await page.WaitForURLAsync($"**/{Commune}/admin/content?type=Article");
        await Accessibility.AssertNoViolationsAsync(page);

        // On a phone the menu folds behind a real button.
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu quản trị" });
        Assert.False(await menu.IsVisibleAsync());
        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Menu quản trị" });
        await toggle.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await menu.IsVisibleAsync());
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-expanded"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Viết tin tức mới" }).ClickAsync();
        await page.GetByLabel("Tiêu đề", new() { Exact = true }).FillAsync("Đông Sơn ra quân làm sạch đường làng");
        Assert.Equal("dong-son-ra-quan-lam-sach-duong-lang", await page.GetByLabel("Đường dẫn", new() { Exact = true }).InputValueAsync());

        await page.GetByLabel("Nội dung", new() { Exact = true }).FillAsync("Bà con **đồng lòng** ra quân.");
        await page.Locator("#preview-body strong").WaitForAsync();
        Assert.Equal("đồng lòng", await page.Locator("#preview-body strong").InnerTextAsync());
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).WaitForAsync();
        Assert.Contains("Đã lưu nháp", await page.GetByRole(AriaRole.Status).InnerTextAsync());
    }

    [Theory]
    [InlineData("admin", 360)]
    [InlineData("admin/content?type=Page", 1280)]
    [InlineData("admin/categories", 360)]
    [InlineData("admin/users", 360)]
    [InlineData("admin/users/new", 1280)]
    [InlineData("admin/roles", 1280)]
    [InlineData("admin/settings", 360)]
    [InlineData("admin/menu", 360)]
    [InlineData("admin/features", 360)]
    [InlineData("admin/tenants", 1280)]
    [InlineData("admin/tenants/new", 360)]
    [InlineData("admin/account/password", 360)]
    public async Task Administrator_pages_have_no_accessibility_violations(string path, int width)
    {
        await using var context = await site.NewContextAsync(width, 900);
        var page = await context.NewPageAsync();
        await SignInAsync(page, Demo.District, Demo.Administrator(Demo.District));
        var response = await page.GotoAsync($"/{Demo.District}/{path}");
        Assert.Equal(200, response!.Status);
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_skip_link_is_the_first_stop_of_the_keyboard_and_leads_to_the_content()
    {
        await using var context = await site.NewContextAsync(360, 800);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/{Commune}/admin/login");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Bỏ qua, đến nội dung chính", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        Assert.EndsWith("#noi-dung", page.Url);
    }

    private static async Task SignInAsync(IPage page, string tenant, string userName)
    {
        await page.GotoAsync($"/{tenant}/admin/login");
        await page.GetByLabel("Tên đăng nhập", new() { Exact = true }).FillAsync(userName);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(Demo.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync($"**/{tenant}/admin");
    }
}
