using GovCms.Tests.Infrastructure;

namespace GovCms.Tests.Browser;

public sealed class PortalAccessibilityTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Theory]
    [InlineData("/{0}/tin-tuc")]
    [InlineData("/{0}/tin-tuc/ra-quan-tong-ve-sinh-moi-truong-phong-chong-dich-benh")]
    [InlineData("/{0}/trang/gioi-thieu")]
    public async Task Public_pages_have_no_accessibility_violations(string path)
    {
        await using var context = await site.NewContextAsync(390, 844);
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(string.Format(path, Demo.Commune));
        Assert.Equal(200, response!.Status);
        Assert.Equal("vi", await page.GetAttributeAsync("html", "lang"));
        await Accessibility.AssertNoViolationsAsync(page);
    }
}

public sealed class AccessibilityCheckTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task The_check_reports_an_image_without_alt_text_and_a_page_without_language()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetContentAsync("<html><head><title>x</title></head><body><main><img src=\"a.png\"></main></body></html>");
        var violations = await Accessibility.ViolationsAsync(page);
        Assert.Contains(violations, v => v.Id == "image-alt" && v.Impact == "critical");
        Assert.Contains(violations, v => v.Id == "html-has-lang");
    }
}
