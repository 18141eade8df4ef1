using System.Net;
using GovCms.Security;
using GovCms.Tests.Admin;
using GovCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Security;

/// <summary>
/// Finding 5: sign-in attempts are limited per client address and per account (here 4 per address and 3 per
/// account in ten minutes), answered 429 with Retry-After, and attempts refused never lock the account.
/// </summary>
public abstract class SignInRateLimitTests(GovCmsSite site)
{
    private const string Commune = Demo.Commune;

    [Fact]
    public async Task Attempts_on_one_account_from_many_addresses_are_limited()
    {
        const string name = "mot.tai.khoan.nhieu.may";
        for (var attempt = 1; attempt <= LimitedSqliteSite.PerAccount; attempt++)
        {
            using var allowed = await TryFromAsync($"10.0.0.{attempt}", name);
            Assert.Equal(HttpStatusCode.Unauthorized, allowed.StatusCode);
        }

        using var refused = await TryFromAsync("10.0.0.99", name);
        await AssertTooManyAsync(refused);

        // Another account from the same address is not held back.
        using var other = await TryFromAsync("10.0.0.99", "tai.khoan.khac");
        Assert.Equal(HttpStatusCode.Unauthorized, other.StatusCode);
    }

    [Fact]
    public async Task Attempts_from_one_address_are_limited_across_accounts()
    {
        for (var attempt = 1; attempt <= LimitedSqliteSite.PerIp; attempt++)
        {
            using var allowed = await TryFromAsync("10.1.0.1", $"ten.thu.{attempt}");
            Assert.Equal(HttpStatusCode.Unauthorized, allowed.StatusCode);
        }

        using var refused = await TryFromAsync("10.1.0.1", "ten.thu.moi");
        await AssertTooManyAsync(refused);

        using var elsewhere = await TryFromAsync("10.1.0.2", "ten.thu.moi");
        Assert.Equal(HttpStatusCode.Unauthorized, elsewhere.StatusCode);
    }

    [Fact]
    public async Task The_sign_in_form_answers_429_with_the_message_on_the_page()
    {
        using var visitor = site.Client();
        visitor.Http.DefaultRequestHeaders.Add(TestClientAddress.Header, "10.2.0.1");
        var login = $"/{Commune}/admin/login";
        for (var attempt = 1; attempt <= LimitedSqliteSite.PerAccount; attempt++)
        {
            using var allowed = await visitor.PostFormAsync(login, login, [("UserName", "qua.nhieu.lan"), ("Password", "SaiMatKhau1")]);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await visitor.PostFormAsync(login, login, [("UserName", "qua.nhieu.lan"), ("Password", "SaiMatKhau1")]);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Có quá nhiều lần thử đăng nhập", page);
        Assert.Contains("<label for=\"UserName\">Tên đăng nhập</label>", page);
    }

    [Fact]
    public async Task Attempts_refused_by_the_limit_never_lock_the_account()
    {
        var tenant = site.Tenant(Commune);
        var userName = "khong.bi.khoa." + Guid.NewGuid().ToString("N")[..6];
        await site.InTenantAsync(tenant, async services =>
            (await services.GetRequiredService<UserAdminService>().CreateAsync(userName, "Không Bị Khóa", null, "DungMatKhau2026", ["Author"])));

        for (var attempt = 1; attempt <= 8; attempt++)
        {
            using var response = await TryFromAsync($"10.3.0.{attempt}", userName, "SaiMatKhau1");
            Assert.Equal(attempt <= LimitedSqliteSite.PerAccount ? HttpStatusCode.Unauthorized : HttpStatusCode.TooManyRequests, response.StatusCode);
        }

        // Eight wrong passwords were sent, more than the five that lock an account; only three were checked.
        var listed = await site.InTenantAsync(tenant, services => services.GetRequiredService<UserAdminService>().ListAsync());
        Assert.Null(listed.Single(u => u.UserName == userName).LockedUntilUtc);
    }

    private async Task<HttpResponseMessage> TryFromAsync(string address, string userName, string password = "SaiMatKhau1")
    {
        using var client = site.Client();
        client.Http.DefaultRequestHeaders.Add(TestClientAddress.Header, address);
        return await client.TryLoginAsync(Commune, userName, password);
    }

    private static async Task AssertTooManyAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "429 without Retry-After");
        Assert.Contains("Có quá nhiều lần thử đăng nhập", await response.Content.ReadAsStringAsync());
    }
}

public sealed class SignInRateLimitOnSqlite(LimitedSqliteSite site) : SignInRateLimitTests(site), IClassFixture<LimitedSqliteSite>;

public sealed class SignInRateLimitOnPostgreSql(LimitedPostgreSqlSite site) : SignInRateLimitTests(site), IClassFixture<LimitedPostgreSqlSite>;
