using GovCms.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GovCms.Tests.Browser;

/// <summary>
/// The editorial approval in a real browser: the author submits, the reviewer returns it with a note,
/// the author fixes it and sends it again, the reviewer passes it on, the approver publishes, and a
/// citizen reads it.
/// </summary>
public sealed class ApprovalJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Commune = Demo.Commune;
    private const string Title = "Phường Đông Sơn khánh thành nhà văn hóa khu phố 4";
    private const string Slug = "phuong-dong-son-khanh-thanh-nha-van-hoa-khu-pho-4";
    private const string Note = "Ghi rõ kinh phí xây dựng và nguồn vốn.";

    [Fact]
    public async Task Author_submits_reviewer_returns_with_a_note_author_fixes_approver_publishes_and_the_citizen_reads_it()
    {
        await Editorial.EnsureBoardAsync(site, Commune);
        await Editorial.EnableApprovalAsync(site, Commune);

        await using var authorDesk = await site.NewContextAsync();
        var author = await SignInAsync(authorDesk, Demo.Author(Commune));
        await author.GotoAsync($"/{Commune}/admin/content/new?type=Article");
        await author.GetByLabel("Tiêu đề", new() { Exact = true }).FillAsync(Title);
        await author.GetByLabel("Nội dung", new() { Exact = true }).FillAsync("Nhà văn hóa khu phố 4 được đưa vào sử dụng.");
        Assert.Equal(0, await author.GetByRole(AriaRole.Button, new() { Name = "Đăng", Exact = true }).CountAsync());
        await author.GetByRole(AriaRole.Button, new() { Name = "Gửi duyệt" }).ClickAsync();
        await ExpectStatusAsync(author, "Đã gửi duyệt");
        var editorUrl = author.Url;

        await using var reviewerDesk = await site.NewContextAsync(390, 844);
        var reviewer = await SignInAsync(reviewerDesk, Editorial.Reviewer(Commune));
        await OpenTaskAsync(reviewer);
        await reviewer.GetByLabel("Ghi chú").FillAsync(Note);
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Trả lại" }).ClickAsync();
        await ExpectStatusAsync(reviewer, "Đã trả lại");

        await author.GotoAsync(editorUrl);
        Assert.Contains(Note, await author.GetByRole(AriaRole.Note).First.InnerTextAsync());
        await Accessibility.AssertNoViolationsAsync(author);
        await author.GetByLabel("Nội dung", new() { Exact = true }).FillAsync("Nhà văn hóa khu phố 4 được xây dựng với kinh phí 1,2 tỷ đồng từ ngân sách phường.");
        await author.GetByRole(AriaRole.Button, new() { Name = "Gửi duyệt" }).ClickAsync();
        await ExpectStatusAsync(author, "Đã gửi duyệt");

        await OpenTaskAsync(reviewer);
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Chuyển tiếp" }).ClickAsync();
        await ExpectStatusAsync(reviewer, "Đã chuyển tiếp");

        await using var approverDesk = await site.NewContextAsync();
        var approver = await SignInAsync(approverDesk, Editorial.Approver(Commune));
        await OpenTaskAsync(approver);
        Assert.Contains("1,2 tỷ đồng", await approver.GetByRole(AriaRole.Article).InnerTextAsync());
        await approver.GetByRole(AriaRole.Button, new() { Name = "Duyệt và đăng" }).ClickAsync();
        await ExpectStatusAsync(approver, "Đã duyệt và đăng");

        await using var phone = await site.NewContextAsync(390, 844);
        var citizen = await phone.NewPageAsync();
        var response = await citizen.GotoAsync($"/{Commune}/tin-tuc/{Slug}");
        Assert.Equal(200, response!.Status);
        Assert.Equal(Title, await citizen.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        Assert.Contains("1,2 tỷ đồng", await citizen.GetByRole(AriaRole.Main).InnerTextAsync());
    }

    /// <summary>From the inbox, opens the task about the article; the inbox and the task page pass the accessibility check.</summary>
    private static async Task OpenTaskAsync(IPage page)
    {
        await page.GotoAsync($"/{Commune}/admin/inbox");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        await page.WaitForURLAsync($"**/{Commune}/admin/tasks/*");
        await Accessibility.AssertNoViolationsAsync(page);
    }

    private static async Task ExpectStatusAsync(IPage page, string text)
    {
        var status = page.GetByRole(AriaRole.Status).Filter(new() { HasText = text });
        await status.First.WaitForAsync();
    }

    private static async Task<IPage> SignInAsync(IBrowserContext context, string userName)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/{Commune}/admin/login");
        await page.GetByLabel("Tên đăng nhập", new() { Exact = true }).FillAsync(userName);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(Demo.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync($"**/{Commune}/admin");
        return page;
    }
}
