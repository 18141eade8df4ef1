using GovCms.Tests.Browser;
using GovCms.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GovCms.Tests.Security;

/// <summary>
/// Finding 9: under the Content-Security-Policy (no inline script) Chromium reports no violation on the main pages of
/// the portal and the admin, and the pages' scripts still work (they are files of the themes).
/// </summary>
public sealed class ContentSecurityPolicyBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Commune = Demo.Commune;
    private const string District = Demo.District;

    /// <summary>Runs before the page's own scripts, through the debugging protocol (not subject to the policy).</summary>
    private const string RecordViolations = """
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', e =>
          window.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile || location.href}:${e.lineNumber}`));
        """;

    [Theory]
    [InlineData("")]
    [InlineData("/tin-tuc")]
    [InlineData("/tin-tuc/thong-bao-lich-tiep-cong-dan-thang-12")]
    [InlineData("/trang/gioi-thieu")]
    [InlineData("/chuyen-muc/tin-tuc-su-kien")]
    [InlineData("/khong-co-trang-nay")]
    [InlineData("/admin/login")]
    public async Task Portal_pages_and_the_sign_in_page_report_no_policy_violation(string path)
    {
        await using var context = await NewContextAsync(360);
        var page = await context.NewPageAsync();
        var console = Record(page);

        var response = await page.GotoAsync($"/{Commune}{path}");

        await AssertEnforcedAsync(response!);
        await AssertNoViolationsAsync(page, console);
    }

    [Fact]
    public async Task Admin_pages_report_no_policy_violation_and_their_scripts_run()
    {
        await using var context = await NewContextAsync(360);
        var page = await context.NewPageAsync();
        var console = Record(page);
        await page.GotoAsync($"/{District}/admin/login");
        await page.GetByLabel("Tên đăng nhập", new() { Exact = true }).FillAsync(Demo.Administrator(District));
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(Demo.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync($"**/{District}/admin");

        string[] paths =
        [
            "admin", "admin/content?type=Article", "admin/content/new?type=Article", "admin/categories", "admin/users", "admin/users/new",
            "admin/roles", "admin/settings", "admin/menu", "admin/features", "admin/tenants", "admin/tenants/new", "admin/workflows",
            "admin/inbox", "admin/audit",
        ];
        foreach (var path in paths)
        {
            var response = await page.GotoAsync($"/{District}/{path}");
            Assert.True(response!.Ok, $"{path}: {response.Status}");
            await AssertEnforcedAsync(response);
            await AssertNoViolationsAsync(page, console, path);
        }

        // admin.js ran: the phone menu folds behind its button, and the slug follows the title in the editor.
        await page.GotoAsync($"/{District}/admin/content/new?type=Article");
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Menu quản trị" }).IsVisibleAsync());
        await page.GetByLabel("Tiêu đề", new() { Exact = true }).FillAsync("Bỉm Sơn ra quân");
        Assert.Equal("bim-son-ra-quan", await page.GetByLabel("Đường dẫn", new() { Exact = true }).InputValueAsync());
        await AssertNoViolationsAsync(page, console);
    }

    /// <summary>The policy is enforced (not bypassed), and violations are recorded from the first script on.</summary>
    private async Task<IBrowserContext> NewContextAsync(int width)
    {
        var context = await site.NewContextAsync(width, 800);
        await context.AddInitScriptAsync(RecordViolations);
        return context;
    }

    private static List<string> Record(IPage page)
    {
        var messages = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                messages.Add(message.Text);
            }
        };
        return messages;
    }

    private static async Task AssertEnforcedAsync(IResponse response) =>
        Assert.Contains("script-src 'self';", (await response.AllHeadersAsync()).GetValueOrDefault("content-security-policy") ?? "");

    private static async Task AssertNoViolationsAsync(IPage page, List<string> console, string? what = null)
    {
        var violations = await page.EvaluateAsync<string[]>("() => window.__violations");
        Assert.True(violations.Length == 0 && console.Count == 0,
            $"{what ?? page.Url}:\n{string.Join("\n", violations.Concat(console))}");
    }
}
