using GovCms.Security;
using GovCms.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GovCms.Tests.Browser;

/// <summary>The pages of signing in and of accounts pass axe with no violation of any impact, on a phone and a desktop.</summary>
public sealed class AccountPagesAccessibilityTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Commune = Demo.Commune;

    [Theory]
    [InlineData("admin/account", 360)]
    [InlineData("admin/account/password", 360)]
    [InlineData("admin/account/password", 1280)]
    [InlineData("admin/users", 360)]
    [InlineData("admin/users", 1280)]
    [InlineData("admin/users/{author}", 360)]
    [InlineData("admin/users/{author}", 1280)]
    public async Task Account_and_user_pages_have_no_accessibility_violations(string path, int width)
    {
        var author = await LockAuthorAsync();
        await using var context = await site.NewContextAsync(width, 900);
        var page = await context.NewPageAsync();
        await BrowserSite.SignInAsync(page, Commune, Demo.Administrator(Commune));

        var response = await page.GotoAsync($"/{Commune}/{path.Replace("{author}", author.Id, StringComparison.Ordinal)}");
        Assert.Equal(200, response!.Status);
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task The_sign_in_page_with_its_messages_and_an_expired_reset_link_have_no_accessibility_violations(int width)
    {
        await using var context = await site.NewContextAsync(width, 900);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/{Commune}/admin/login");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.GetByText("Vui lòng nhập tên đăng nhập.").WaitForAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Tên đăng nhập", new() { Exact = true }).FillAsync("khong.co.ai");
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync("SaiMatKhau1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.GetByRole(AriaRole.Alert).WaitForAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GotoAsync($"/{Commune}/admin/reset-password?user=khong-co&token=sai");
        await page.GetByRole(AriaRole.Alert).WaitForAsync();
        await Accessibility.AssertNoViolationsAsync(page);
    }


    /// <summary>Locks the commune's author, so the users list and the user's page show the lockout and its button.</summary>
    private Task<UserSummary> LockAuthorAsync() =>
        site.InTenantAsync(site.Tenant(Commune), async services =>
        {
            var users = services.GetRequiredService<UserManager<GovCmsUser>>();
            var author = (await users.FindByNameAsync(Demo.Author(Commune)))!;
            await users.SetLockoutEndDateAsync(author, DateTimeOffset.UtcNow.AddMinutes(15));
            return (await services.GetRequiredService<UserAdminService>().ListAsync()).Single(u => u.Id == author.Id);
        });
}
