using GovCms.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GovCms.Tests.Browser;

/// <summary>
/// The first journey end to end in a real browser: a clerk publishes news with a picture on the
/// commune's admin; a citizen on a phone finds it through the portal's navigation; the sibling
/// commune's portal does not show it.
/// </summary>
public sealed class PublishingJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Title = "Phường Đông Sơn tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026";
    private const string Slug = "phuong-dong-son-to-chuc-ngay-hoi-dai-doan-ket-toan-dan-toc-nam-2026";

    /// <summary>A real 1×1 PNG.</summary>
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    [Fact]
    public async Task A_clerk_publishes_news_with_a_picture_and_a_citizen_on_a_phone_reaches_it_through_the_navigation()
    {
        await PublishAsClerkAsync();

        await using var phone = await site.NewContextAsync(390, 844);
        var page = await phone.NewPageAsync();
        await page.GotoAsync($"/{Demo.Commune}/");
        await Accessibility.AssertNoViolationsAsync(page);

        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Danh mục chính" });
        await navigation.Locator("summary.site-nav__toggle").ClickAsync(); // "☰ Danh mục": folded on a phone
        await navigation.GetByRole(AriaRole.Link, new() { Name = "Tin tức", Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"**/{Demo.Commune}/tin-tuc");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = Title }).First.ClickAsync();
        await page.WaitForURLAsync($"**/{Demo.Commune}/tin-tuc/{Slug}");
        Assert.Equal(Title, await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        var picture = page.GetByRole(AriaRole.Img, new() { Name = "Quang cảnh ngày hội tại nhà văn hóa khu phố" });
        Assert.True(await picture.IsVisibleAsync());
        Assert.True(await picture.EvaluateAsync<bool>("img => img.complete && img.naturalWidth === 1"), "the uploaded picture does not load");
        await Accessibility.AssertNoViolationsAsync(page);

        var sibling = await page.GotoAsync($"/{Demo.SiblingCommune}/tin-tuc/{Slug}");
        Assert.Equal(404, sibling!.Status);
        await page.GotoAsync($"/{Demo.SiblingCommune}/tin-tuc");
        Assert.DoesNotContain(Title, await page.GetByRole(AriaRole.Main).InnerTextAsync());
    }

    private async Task PublishAsClerkAsync()
    {
        await using var desk = await site.NewContextAsync();
        var page = await desk.NewPageAsync();
        await page.GotoAsync($"/{Demo.Commune}/admin/login");
        await page.GetByLabel("Tên đăng nhập", new() { Exact = true }).FillAsync(Demo.Administrator(Demo.Commune));
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(Demo.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync($"**/{Demo.Commune}/admin");

        await page.GotoAsync($"/{Demo.Commune}/admin/content?type=Article");
        await page.GetByRole(AriaRole.Link, new() { Name = "Viết tin tức mới" }).ClickAsync();
        await page.GetByLabel("Tiêu đề", new() { Exact = true }).FillAsync(Title);
        await page.GetByLabel("Tóm tắt", new() { Exact = true }).FillAsync("Ngày hội diễn ra tại nhà văn hóa các khu phố.");
        await page.GetByLabel("Nội dung", new() { Exact = true }).FillAsync("Sáng nay, **Ủy ban nhân dân phường** tổ chức Ngày hội Đại đoàn kết.");
        await page.GetByLabel("Chọn ảnh").SetInputFilesAsync(new FilePayload { Name = "ngay-hoi.png", MimeType = "image/png", Buffer = Png });
        await page.GetByLabel("Mô tả ảnh", new() { Exact = true }).FillAsync("Quang cảnh ngày hội tại nhà văn hóa khu phố");
        await page.GetByLabel("Tin tức - Sự kiện").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Status).WaitForAsync();
        Assert.Contains("Đã đăng", await page.GetByRole(AriaRole.Status).InnerTextAsync());
    }
}
