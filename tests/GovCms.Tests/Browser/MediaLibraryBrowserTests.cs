using GovCms.Tests.Infrastructure;
using GovCms.Tests.Media;
using Microsoft.Playwright;

namespace GovCms.Tests.Browser;

/// <summary>The media library as a clerk uses it on a phone: choose a file, upload, see it listed, delete it after confirming.</summary>
public sealed class MediaLibraryBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task A_clerk_uploads_filters_and_deletes_a_document_on_a_phone_and_every_page_passes_the_accessibility_check()
    {
        const string slug = Demo.Commune;
        await using var context = await site.NewContextAsync(360, 800);
        var page = await context.NewPageAsync();
        await BrowserSite.SignInAsync(page, slug, Demo.Author(slug));

        await page.GotoAsync($"/{slug}/admin/media");
        Assert.Equal("Thư viện tệp", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Chọn tệp", new() { Exact = true }).SetInputFilesAsync(new FilePayload
        {
            Name = "Kế hoạch tiếp công dân năm 2026.pdf", MimeType = "application/pdf", Buffer = MediaFixtures.Pdf(),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).WaitForAsync();
        Assert.Contains("Đã tải lên \"Kế hoạch tiếp công dân năm 2026.pdf\"", await page.GetByRole(AriaRole.Status).InnerTextAsync());
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Kế hoạch tiếp công dân năm 2026.pdf" });
        Assert.Contains("Tài liệu (PDF)", await row.InnerTextAsync());
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The library scrolls sideways at 360 px.");
        await Accessibility.AssertNoViolationsAsync(page);

        // A file that is not what its name says is refused next to the field.
        await page.GetByLabel("Chọn tệp", new() { Exact = true }).SetInputFilesAsync(new FilePayload
        {
            Name = "gia-mao.pdf", MimeType = "application/pdf", Buffer = MediaFixtures.Html(),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên" }).ClickAsync();
        Assert.StartsWith("Tệp \"gia-mao.pdf\" không phải là", await page.Locator("#file-error").InnerTextAsync());
        Assert.Equal("true", await page.GetByLabel("Chọn tệp", new() { Exact = true }).GetAttributeAsync("aria-invalid"));
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Lọc theo loại tệp" }).GetByRole(AriaRole.Link, new() { Name = "Âm thanh" }).ClickAsync();
        Assert.Equal(0, await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Kế hoạch tiếp công dân" }).CountAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Tài liệu" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Xóa Kế hoạch tiếp công dân năm 2026.pdf" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Xóa tệp" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).WaitForAsync();
        Assert.Contains("Đã xóa \"Kế hoạch tiếp công dân năm 2026.pdf\".", await page.GetByRole(AriaRole.Status).InnerTextAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Kế hoạch tiếp công dân" }).CountAsync());
    }
}
