using System.Net;
using System.Text.Json.Nodes;
using GovCms.Tests.Admin;
using GovCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Security;

/// <summary>Finding 5: nobody learns which names exist, and a lockout is seen, lifted and escaped.</summary>
public abstract class LockoutTests(GovCmsSite site)
{
    private const string Commune = Demo.Commune;

    [Fact]
    public async Task An_unknown_name_a_wrong_password_and_a_locked_account_get_the_same_answer_after_checking_a_password()
    {
        var user = await TestUser.CreateAsync(site, Commune, "cung.cau.tra.loi");
        var checks = site.Services.GetRequiredService<PasswordCheckCounter>();
        using var guesser = site.Client();

        var unknown = await AnswerAsync(guesser, "khong.co.tai.khoan.nay", "SaiMatKhau1", checks);
        var wrong = await AnswerAsync(guesser, user.UserName, "SaiMatKhau1", checks);
        Assert.Equal(unknown, wrong);

        await user.LockAsync(site, Commune, attempts: 4);
        var locked = await AnswerAsync(guesser, user.UserName, user.Password, checks);
        Assert.Equal(unknown, locked);

        // The sign-in form says the same for an unknown name and a wrong password.
        var login = $"/{Commune}/admin/login";
        var forUnknown = await FormErrorAsync(guesser, login, "khong.co.tai.khoan.nay");
        Assert.Equal(forUnknown, await FormErrorAsync(guesser, login, Demo.Author(Commune)));
    }

    [Fact]
    public async Task A_disabled_account_is_told_only_to_someone_who_knows_its_password()
    {
        var user = await TestUser.CreateAsync(site, Commune, "vo.hieu.hoa");
        using var admin = await site.SignedInAsync(Commune, Demo.Administrator(Commune));
        await admin.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Post, $"/{Commune}/api/admin/users/{user.Id}/disable");

        using var visitor = site.Client();
        using var wrong = await visitor.TryLoginAsync(Commune, user.UserName, "SaiMatKhau1");
        Assert.DoesNotContain("vô hiệu hóa", await wrong.Content.ReadAsStringAsync());
        using var right = await visitor.TryLoginAsync(Commune, user.UserName, user.Password);
        Assert.Contains("vô hiệu hóa", await right.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_administrator_sees_until_when_an_account_is_locked_and_lifts_the_lockout()
    {
        var user = await TestUser.CreateAsync(site, Commune, "bi.khoa");
        await user.LockAsync(site, Commune);
        using var admin = await site.SignedInAsync(Commune, Demo.Administrator(Commune));

        var listed = await UserJsonAsync(admin, user);
        var until = DateTime.Parse(Field(listed, "lockedUntilUtc"), System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime();
        Assert.InRange(until, DateTime.UtcNow.AddMinutes(14), DateTime.UtcNow.AddMinutes(16));
        var page = await admin.PageAsync($"/{Commune}/admin/users");
        Assert.Contains("Tạm khóa đến", page);
        Assert.Contains($"aria-label=\"Mở khóa đăng nhập của {user.UserName}\"", page);

        var usersPage = $"/{Commune}/admin/users";
        Assert.Equal(usersPage, await admin.PostFormExpectingRedirectAsync(usersPage, $"/{Commune}/admin/users/{user.Id}/unlock", []));
        Assert.Null((await UserJsonAsync(admin, user))!["lockedUntilUtc"]);
        using var signedIn = site.Client();
        await signedIn.LoginAsync(Commune, user.UserName, user.Password);

        // And through the API.
        await user.LockAsync(site, Commune);
        await admin.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Post, $"/{Commune}/api/admin/users/{user.Id}/unlock");
        await signedIn.LoginAsync(Commune, user.UserName, user.Password);
    }

    [Fact]
    public async Task A_new_password_set_by_the_administrator_lifts_the_lockout()
    {
        var user = await TestUser.CreateAsync(site, Commune, "dat.lai.mo.khoa");
        await user.LockAsync(site, Commune);
        using var admin = await site.SignedInAsync(Commune, Demo.Administrator(Commune));
        await admin.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Post, $"/{Commune}/api/admin/users/{user.Id}/password", new { password = "MatKhauMoi2026" });

        using var signedIn = site.Client();
        await signedIn.LoginAsync(Commune, user.UserName, "MatKhauMoi2026");
    }

    /// <summary>Status and message of a sign-in; also checks that exactly one password hash was checked for it.</summary>
    private static async Task<(HttpStatusCode, string, string)> AnswerAsync(SiteClient client, string userName, string password, PasswordCheckCounter checks)
    {
        var before = checks.Count;
        using var response = await client.TryLoginAsync(Commune, userName, password);
        Assert.Equal(before + 1, checks.Count);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, Field(problem, "title"), Field(problem, "detail"));
    }

    private static async Task<string?> FormErrorAsync(SiteClient client, string login, string userName)
    {
        using var response = await client.PostFormAsync(login, login, [("UserName", userName), ("Password", "SaiMatKhau9")]);
        var page = await response.Content.ReadAsStringAsync();
        return System.Text.RegularExpressions.Regex.Match(page, "notice-error\" role=\"alert\">(.*?)</p>").Groups[1].Value;
    }

    private static async Task<JsonNode?> UserJsonAsync(SiteClient admin, TestUser user) =>
        (await admin.GetJsonAsync($"/{Commune}/api/admin/users"))!.AsArray().Single(u => Field(u, "userName") == user.UserName);
}

public sealed class LockoutOnSqlite(SecuritySqliteSite site) : LockoutTests(site), IClassFixture<SecuritySqliteSite>;

public sealed class LockoutOnPostgreSql(SecurityPostgreSqlSite site) : LockoutTests(site), IClassFixture<SecurityPostgreSqlSite>;
