using GovCms.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GovCms.Tests.Browser;

/// <summary>The pages of workflows, the inbox, the dashboard and the audit log pass the accessibility check on a phone and a desktop.</summary>
public sealed class WorkflowPagesAccessibilityTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Commune = Demo.Commune;

    [Theory]
    [InlineData("admin", 360)]
    [InlineData("admin/inbox", 360)]
    [InlineData("admin/workflows", 1280)]
    [InlineData("admin/workflows/duyet-bai", 360)]
    [InlineData("admin/audit", 1280)]
    [InlineData("admin/audit?type=content", 360)]
    public async Task Workflow_and_audit_pages_have_no_accessibility_violations(string path, int width)
    {
        await Editorial.EnableApprovalAsync(site, Commune);
        await using var context = await site.NewContextAsync(width, 900);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/{Commune}/admin/login");
        await page.GetByLabel("Tên đăng nhập", new() { Exact = true }).FillAsync(Demo.Administrator(Commune));
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(Demo.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync($"**/{Commune}/admin");

        var response = await page.GotoAsync($"/{Commune}/{path}");
        Assert.Equal(200, response!.Status);
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
