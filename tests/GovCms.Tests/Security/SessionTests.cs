using System.Net;
using GovCms.Tests.Admin;
using GovCms.Tests.Infrastructure;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Security;

/// <summary>Finding 4: a session ends on the server, not only in the browser.</summary>
public abstract class SessionTests(GovCmsSite site)
{
    private const string Commune = Demo.Commune;
    private static readonly string Me = $"/{Commune}/api/auth/me";

    [Fact]
    public async Task After_signing_out_through_the_api_a_copied_cookie_answers_401()
    {
        using var author = site.Client();
        var cookie = await AuthCookies.SignInAsync(author, Commune, Demo.Author(Commune), Demo.Password);
        Assert.Equal(HttpStatusCode.OK, await AuthCookies.ReplayAsync(site, cookie, Me));

        await author.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Post, $"/{Commune}/api/auth/logout");

        Assert.Equal(HttpStatusCode.Unauthorized, await AuthCookies.ReplayAsync(site, cookie, Me));
    }

    [Fact]
    public async Task After_signing_out_of_the_admin_pages_a_copied_cookie_is_sent_to_the_sign_in_page()
    {
        using var author = site.Client();
        var cookie = await AuthCookies.SignInAsync(author, Commune, Demo.Author(Commune), Demo.Password);
        Assert.Equal(HttpStatusCode.OK, await AuthCookies.ReplayAsync(site, cookie, $"/{Commune}/admin"));

        await author.PostFormExpectingRedirectAsync($"/{Commune}/admin", $"/{Commune}/admin/logout", []);

        Assert.Equal(HttpStatusCode.Redirect, await AuthCookies.ReplayAsync(site, cookie, $"/{Commune}/admin"));
        Assert.Equal(HttpStatusCode.Unauthorized, await AuthCookies.ReplayAsync(site, cookie, Me));
    }

    [Fact]
    public async Task Changing_ones_own_password_keeps_this_session_and_ends_every_other()
    {
        var userName = (await TestUser.CreateAsync(site, Commune, "doi.mat.khau")).UserName;
        using var here = site.Client();
        var firstCookie = await AuthCookies.SignInAsync(here, Commune, userName, TestUser.InitialPassword);
        using var elsewhere = site.Client();
        await elsewhere.LoginAsync(Commune, userName, TestUser.InitialPassword);

        await here.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Post, $"/{Commune}/api/auth/password",
            new { currentPassword = TestUser.InitialPassword, newPassword = "MatKhauMoi2026" });

        await here.GetJsonAsync(Me);
        await elsewhere.ExpectAsync(HttpStatusCode.Unauthorized, HttpMethod.Get, Me);
        Assert.Equal(HttpStatusCode.Unauthorized, await AuthCookies.ReplayAsync(site, firstCookie, Me));
        using var again = site.Client();
        using var old = await again.TryLoginAsync(Commune, userName, TestUser.InitialPassword);
        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        using var fresh = site.Client();
        await fresh.LoginAsync(Commune, userName, "MatKhauMoi2026");
    }

    [Fact]
    public async Task An_administrator_changing_a_users_roles_or_password_ends_the_users_sessions()
    {
        var (userName, userId, _) = await TestUser.CreateAsync(site, Commune, "doi.vai.tro");
        using var admin = await site.SignedInAsync(Commune, Demo.Administrator(Commune));
        using var user = site.Client();
        await user.LoginAsync(Commune, userName, TestUser.InitialPassword);

        await admin.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Put, $"/{Commune}/api/admin/users/{userId}/roles", new { roles = new[] { "Reviewer" } });
        await user.ExpectAsync(HttpStatusCode.Unauthorized, HttpMethod.Get, Me);
        // The administrator's own session goes on.
        await admin.GetJsonAsync($"/{Commune}/api/admin/users");

        await user.LoginAsync(Commune, userName, TestUser.InitialPassword);
        await admin.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Post, $"/{Commune}/api/admin/users/{userId}/password", new { password = "DoQuanTriDat2026" });
        await user.ExpectAsync(HttpStatusCode.Unauthorized, HttpMethod.Get, Me);
        await user.LoginAsync(Commune, userName, "DoQuanTriDat2026");
        await user.GetJsonAsync(Me);
    }

    [Fact]
    public async Task An_administrator_changing_their_own_roles_stays_signed_in()
    {
        using var admin = await site.SignedInAsync(Demo.SiblingCommune, Demo.Administrator(Demo.SiblingCommune));
        var self = (await admin.GetJsonAsync($"/{Demo.SiblingCommune}/api/admin/users"))!.AsArray()
            .Single(u => Field(u, "userName") == Demo.Administrator(Demo.SiblingCommune));
        await admin.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Put, $"/{Demo.SiblingCommune}/api/admin/users/{Field(self, "id")}/roles",
            new { roles = new[] { "Administrator", "Reviewer" } });
        await admin.GetJsonAsync($"/{Demo.SiblingCommune}/api/admin/users");
    }
}

public sealed class SessionOnSqlite(SqliteSite site) : SessionTests(site), IClassFixture<SqliteSite>;

public sealed class SessionOnPostgreSql(PostgreSqlSite site) : SessionTests(site), IClassFixture<PostgreSqlSite>;
