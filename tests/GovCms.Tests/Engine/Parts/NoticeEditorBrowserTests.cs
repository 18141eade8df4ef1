using GovCms.Tests.Browser;
using GovCms.Tests.Infrastructure;
using GovCms.Modules;
using GovCms.Tests.Modules.Notices;
using Microsoft.Extensions.Hosting;
using Microsoft.Playwright;

namespace GovCms.Tests.Engine.Parts;

/// <summary>The journey's host (<see cref="NoticesHost"/>, no demo, <see cref="NoticeNetwork"/>) in a browser.</summary>
public sealed class NoticeBrowserSite : BrowserSite
{
    protected override IReadOnlyList<Module>? Modules => NoticesHost.Modules();

    protected override bool WithDemo => false;

    protected override IHost CreateHost(IHostBuilder builder) => NoticeNetwork.Provision(base.CreateHost(builder));
}

/// <summary>The generic editor of a type with a field of every kind, on a phone, as a clerk fills it in.</summary>
public sealed class NoticeEditorBrowserTests(NoticeBrowserSite site) : IClassFixture<NoticeBrowserSite>
{
    private const string Commune = NoticeNetwork.Commune;

    [Fact]
    public async Task A_clerk_fills_every_kind_of_field_sees_the_errors_next_to_them_and_gets_back_what_was_saved()
    {
        await using var context = await site.NewContextAsync(360, 800);
        var page = await context.NewPageAsync();
        await BrowserSite.SignInAsync(page, Commune, Demo.Administrator(Commune));
        await page.GotoAsync($"/{Commune}/admin/content?type=Notice");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Viết thông báo mới" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Tiêu đề", new() { Exact = true }).FillAsync("Thông báo lịch tiếp công dân tháng 3");
        await page.GetByLabel("Trích yếu").FillAsync("Lịch tiếp công dân của Chủ tịch UBND phường.");
        await page.GetByLabel("Nội dung thông báo").FillAsync("Tiếp dân **thứ Năm** hằng tuần.");
        await page.Locator("#preview-body strong").WaitForAsync();
        await page.GetByLabel("Ngày ban hành").FillAsync("2026-03-02");
        await page.GetByLabel("Hiệu lực từ").FillAsync("2026-03-05T08:30");
        await page.GetByLabel("Số bản").FillAsync("2");
        await page.GetByLabel("Kinh phí").FillAsync("1.500.000");
        await page.GetByLabel("Hình thức").SelectOptionAsync(new SelectOptionValue { Label = "Công văn" });
        await page.GetByRole(AriaRole.Group, new() { Name = "Đối tượng" }).GetByLabel("Người dân").CheckAsync();
        await page.GetByLabel("Khẩn").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Lĩnh vực" }).GetByRole(AriaRole.Checkbox).First.CheckAsync();

        // The number is required: the form comes back with the message next to it and everything typed kept.
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" }).ClickAsync();
        await page.Locator("#Parts_noticePart_number-error").WaitForAsync();
        Assert.Equal("Vui lòng nhập số hiệu.", await page.Locator("#Parts_noticePart_number-error").InnerTextAsync());
        Assert.Equal("1.500.000", await page.GetByLabel("Kinh phí").InputValueAsync());
        Assert.True(await page.GetByLabel("Khẩn").IsCheckedAsync());
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Số hiệu").FillAsync("15/TB-UBND");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).WaitForAsync();
        Assert.Contains("Đã lưu nháp", await page.GetByRole(AriaRole.Status).InnerTextAsync());

        // What the editor shows again is what was stored: Vietnam time, amounts with their dots, the choices made.
        await page.ReloadAsync();
        Assert.Equal("15/TB-UBND", await page.GetByLabel("Số hiệu").InputValueAsync());
        Assert.Equal("2026-03-05T08:30", await page.GetByLabel("Hiệu lực từ").InputValueAsync());
        Assert.Equal("2026-03-02", await page.GetByLabel("Ngày ban hành").InputValueAsync());
        Assert.Equal("1.500.000", await page.GetByLabel("Kinh phí").InputValueAsync());
        Assert.Equal("cong-van", await page.GetByLabel("Hình thức").InputValueAsync());
        Assert.True(await page.GetByRole(AriaRole.Group, new() { Name = "Đối tượng" }).GetByLabel("Người dân").IsCheckedAsync());
        Assert.False(await page.GetByRole(AriaRole.Group, new() { Name = "Đối tượng" }).GetByLabel("Doanh nghiệp").IsCheckedAsync());
        Assert.True(await page.GetByLabel("Khẩn").IsCheckedAsync());
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
