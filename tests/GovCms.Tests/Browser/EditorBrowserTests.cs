using GovCms.Tests.Infrastructure;
using Microsoft.Playwright;
using GovCms.Content;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Browser;

/// <summary>
/// The pages of findings 11, 12 and 15 in a real browser: a published article keeps its address when its title
/// changes, "Gỡ khỏi cổng" and "Xóa" are confirmed on their own pages, the settings page lists what is unfilled;
/// axe finds no violation of any impact on them.
/// </summary>
public sealed class EditorBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Slug = Demo.OtherDistrictCommune;

    [Fact]
    public async Task An_administrator_renames_a_published_article_without_moving_it_then_takes_it_off_and_deletes_it()
    {
        var slug = await site.InTenantAsync(site.Tenant(Slug), async services =>
        {
            var content = services.GetRequiredService<IContentManager>();
            var item = content.New("Article");
            item.DisplayText = "Xã Xuân Hồng khánh thành cầu dân sinh";
            return (await content.CreateAsync(item, publish: true)).Value!.Slug;
        });
        await using var context = await site.NewContextAsync(360, 800);
        var page = await context.NewPageAsync();
        await SignInAsync(page);

        await page.GotoAsync($"/{Slug}/admin/content?type=Article");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Xã Xuân Hồng khánh thành cầu dân sinh", Exact = true }).ClickAsync();
        await page.GetByLabel("Tiêu đề", new() { Exact = true }).FillAsync("Xã Xuân Hồng khánh thành cầu dân sinh thôn 5");
        Assert.Equal(slug, await page.GetByLabel("Đường dẫn", new() { Exact = true }).InputValueAsync());
        Assert.False(await page.GetByLabel("Đổi địa chỉ").IsCheckedAsync());
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Status).WaitForAsync();
        Assert.Contains("Đã đăng", await page.GetByRole(AriaRole.Status).InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Gỡ khỏi cổng", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).WaitForAsync();
        Assert.Contains("khỏi cổng?", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Gỡ khỏi cổng", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Status).WaitForAsync();
        Assert.Contains("khỏi cổng", await page.GetByRole(AriaRole.Status).InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Xóa", Exact = true }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Xóa", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Status).WaitForAsync();
        Assert.Contains("Đã xóa", await page.GetByRole(AriaRole.Status).InnerTextAsync());
        Assert.EndsWith($"/{Slug}/admin/content?type=Article", page.Url);
    }

    [Fact]
    public async Task The_settings_page_with_its_unfilled_fields_and_theme_select_passes_axe()
    {
        await using var context = await site.NewContextAsync(360, 800);
        var page = await context.NewPageAsync();
        await SignInAsync(page);
        await page.GotoAsync($"/{Slug}/admin/settings");
        Assert.True(await page.GetByRole(AriaRole.Note).Filter(new() { HasText = "ô chưa điền" }).IsVisibleAsync());
        await page.GetByLabel("Giao diện").SelectOptionAsync(new SelectOptionValue { Label = "Giao diện Xanh" });
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu thông tin" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).WaitForAsync();
        Assert.Contains("Đã lưu thông tin của cổng.", await page.GetByRole(AriaRole.Status).InnerTextAsync());
        Assert.Equal("Civic", site.Tenant(Slug).Theme);
    }


    private static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync($"/{Slug}/admin/login");
        await page.GetByLabel("Tên đăng nhập", new() { Exact = true }).FillAsync(Demo.Administrator(Slug));
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(Demo.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync($"**/{Slug}/admin");
    }
}
