using GovCms.Security;
using GovCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GovCms.Tests.Browser;

/// <summary>
/// Finding 3 in a real browser: a page of another origin on the same machine (127.0.0.1 on another port:
/// the same site for SameSite, so the browser sends the cookie) tries to change the admin's data while the
/// administrator is signed in, and nothing changes.
/// </summary>
public sealed class CsrfBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Commune = Demo.Commune;
    private const string AttackerOrigin = "http://127.0.0.1:8765";

    [Fact]
    public async Task A_page_of_another_origin_cannot_change_anything_while_the_administrator_is_signed_in()
    {
        var victims = await UsersAsync();
        var formTarget = victims.Single(u => u.UserName == Demo.Author(Commune));
        var fetchTarget = victims.Single(u => u.UserName == Demo.Administrator(Commune));
        var api = $"{site.BaseUrl}/{Commune}/api/admin/users";

        await using var context = await site.NewContextAsync();
        var admin = await context.NewPageAsync();
        await BrowserSite.SignInAsync(admin, Commune, Demo.Administrator(Commune));

        await context.RouteAsync($"{AttackerOrigin}/**", route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "text/html; charset=utf-8",
            Body = $$"""
                <!DOCTYPE html><html lang="vi"><head><title>Trang lạ</title></head><body>
                <form id="disable" method="post" action="{{api}}/{{formTarget.Id}}/disable"><input name="x" value="1"></form>
                <form id="create" method="post" enctype="text/plain" action="{{api}}"><input name='{"userName":"ke.gian","displayName":"Kẻ gian","password":"KeGian2026x","roles":["Administrator"],"x":"' value='"}'></form>
                </body></html>
                """,
        }));
        var attacker = await context.NewPageAsync();
        await attacker.GotoAsync($"{AttackerOrigin}/trang-la.html");

        // A form posted across origins: the browser sends the cookie (same site), but no custom header.
        var sent = await attacker.RunAndWaitForRequestAsync(
            () => attacker.EvaluateAsync("document.getElementById('disable').submit()"), $"{api}/{formTarget.Id}/disable");
        Assert.Contains(".GovCms.Auth.", (await sent.AllHeadersAsync()).GetValueOrDefault("cookie") ?? "");
        var refused = await sent.ResponseAsync();
        Assert.Equal(400, refused!.Status);
        await attacker.WaitForURLAsync($"{api}/{formTarget.Id}/disable");

        await attacker.GotoAsync($"{AttackerOrigin}/trang-la.html");
        // JSON smuggled in a text/plain form, to create an administrator.
        var textPlain = await attacker.RunAndWaitForResponseAsync(() => attacker.EvaluateAsync("document.getElementById('create').submit()"), api);
        Assert.Equal(400, textPlain.Status);
        await attacker.WaitForURLAsync(api);

        // A script of the other origin: a no-cors fetch cannot add the header; a fetch with it needs a preflight that is never allowed.
        await attacker.GotoAsync($"{AttackerOrigin}/trang-la.html");
        var outcomes = await attacker.EvaluateAsync<string[]>($$"""
            async () => {
              const url = "{{api}}/{{fetchTarget.Id}}/disable";
              const noCors = await fetch(url, { method: "POST", mode: "no-cors", credentials: "include", body: "x=1" }).then(() => "sent", () => "failed");
              const withHeader = await fetch(url, { method: "POST", credentials: "include", headers: { "X-GovCms-Request": "1" } }).then(r => "status " + r.status, () => "blocked");
              return [noCors, withHeader];
            }
            """);
        // The no-cors request reaches the host (its refusal is opaque to the page, or blocked by the browser as JSON).
        Assert.Contains(outcomes[0], new[] { "sent", "failed" });
        Assert.Equal("blocked", outcomes[1]);

        var after = await UsersAsync();
        Assert.False(after.Single(u => u.Id == formTarget.Id).IsDisabled);
        Assert.False(after.Single(u => u.Id == fetchTarget.Id).IsDisabled);
        Assert.DoesNotContain(after, u => u.UserName == "ke.gian");

        // The administrator's own page does it: the session was good all along.
        var list = await admin.GotoAsync($"/{Commune}/admin/users");
        Assert.Equal(200, list!.Status);
        await admin.GetByRole(AriaRole.Button, new() { Name = $"Vô hiệu hóa {formTarget.UserName}" }).ClickAsync();
        await admin.GetByRole(AriaRole.Status).WaitForAsync();
        Assert.True((await UsersAsync()).Single(u => u.Id == formTarget.Id).IsDisabled);
    }

    private Task<IReadOnlyList<UserSummary>> UsersAsync() =>
        site.InTenantAsync(site.Tenant(Commune), services => services.GetRequiredService<UserAdminService>().ListAsync());
}
