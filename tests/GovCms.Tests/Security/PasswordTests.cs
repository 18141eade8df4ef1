using System.Net;
using System.Text.RegularExpressions;
using GovCms.Tests.Admin;
using GovCms.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Security;

/// <summary>Finding 16: one's own password and account, an administrator's reset, and "Quên mật khẩu" by e-mail.</summary>
public abstract partial class PasswordTests(GovCmsSite site, string mailFolder)
{
    private const string Commune = Demo.Commune;
    private static readonly string Login = $"/{Commune}/admin/login";

    [Fact]
    public async Task Every_signed_in_user_changes_their_own_password_on_the_account_page()
    {
        var user = await TestUser.CreateAsync(site, Commune, "tu.doi");
        using var here = site.Client();
        await here.LoginAsync(Commune, user.UserName, user.Password);
        using var elsewhere = site.Client();
        await elsewhere.LoginAsync(Commune, user.UserName, user.Password);

        var account = $"/{Commune}/admin/account";
        var page = await here.PageAsync($"/{Commune}/admin");
        Assert.Contains($"href=\"{account}\"", page);
        Assert.Contains("Đổi mật khẩu", await here.PageAsync(account));

        var form = $"{account}/password";
        Assert.Equal("Mật khẩu hiện tại không đúng.", await ErrorAsync(here, form, "CurrentPassword",
            ("CurrentPassword", "SaiMatKhau1"), ("NewPassword", "MatKhauMoi2026"), ("ConfirmPassword", "MatKhauMoi2026")));
        Assert.Equal("Mật khẩu nhập lại không khớp với mật khẩu mới.", await ErrorAsync(here, form, "ConfirmPassword",
            ("CurrentPassword", user.Password), ("NewPassword", "MatKhauMoi2026"), ("ConfirmPassword", "MatKhauKhac2026")));
        Assert.Contains("ít nhất 8", await ErrorAsync(here, form, "NewPassword",
            ("CurrentPassword", user.Password), ("NewPassword", "Ngan1"), ("ConfirmPassword", "Ngan1")));

        Assert.Equal(account, await here.PostFormExpectingRedirectAsync(form, form,
            [("CurrentPassword", user.Password), ("NewPassword", "MatKhauMoi2026"), ("ConfirmPassword", "MatKhauMoi2026")]));
        Assert.Contains("Đã đổi mật khẩu", await here.PageAsync(account));
        Assert.Equal(HttpStatusCode.Redirect, (await elsewhere.GetAsync($"/{Commune}/admin")).StatusCode);
        using var fresh = site.Client();
        await fresh.LoginAsync(Commune, user.UserName, "MatKhauMoi2026");
    }

    [Fact]
    public async Task The_api_changes_ones_own_password_display_name_and_email_with_errors_by_field()
    {
        var user = await TestUser.CreateAsync(site, Commune, "api.tu.doi");
        using var client = site.Client();
        await client.LoginAsync(Commune, user.UserName, user.Password);

        var wrong = await client.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/{Commune}/api/auth/password",
            new { currentPassword = "SaiMatKhau1", newPassword = "MatKhauMoi2026" });
        Assert.Equal("Mật khẩu hiện tại không đúng.", wrong!["errors"]!["currentPassword"]![0]!.GetValue<string>());
        await client.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Post, $"/{Commune}/api/auth/password",
            new { currentPassword = user.Password, newPassword = "MatKhauMoi2026" });

        var invalid = await client.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Put, $"/{Commune}/api/auth/me", new { displayName = "", email = "khong-phai-email" });
        Assert.Equal("Vui lòng nhập họ và tên.", invalid!["errors"]!["displayName"]![0]!.GetValue<string>());
        Assert.Contains("không hợp lệ", invalid["errors"]!["email"]![0]!.GetValue<string>());
        await client.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Put, $"/{Commune}/api/auth/me", new { displayName = "Lê Thị Hoa", email = "hoa@dongson.gov.vn" });
        var me = await client.GetJsonAsync($"/{Commune}/api/auth/me");
        Assert.Equal("Lê Thị Hoa", Field(me, "displayName"));
        Assert.Equal("hoa@dongson.gov.vn", Field(me, "email"));
    }

    [Fact]
    public async Task An_administrator_edits_a_users_name_and_email_and_sets_a_new_password()
    {
        var user = await TestUser.CreateAsync(site, Commune, "quan.tri.sua");
        using var admin = await site.SignedInAsync(Commune, Demo.Administrator(Commune));
        var edit = $"/{Commune}/admin/users/{user.Id}";

        Assert.Contains("không hợp lệ", await ErrorAsync(admin, edit, "Email", $"{edit}/profile", ("DisplayName", "Trần Văn Bình"), ("Email", "binh@")));
        await admin.PostFormExpectingRedirectAsync(edit, $"{edit}/profile", [("DisplayName", "Trần Văn Bình"), ("Email", "binh@dongson.gov.vn")]);
        var list = await admin.PageAsync($"/{Commune}/admin/users");
        Assert.Contains("Trần Văn Bình", list);
        Assert.Contains("binh@dongson.gov.vn", list);

        Assert.Contains("ít nhất 8", await ErrorAsync(admin, edit, "Password", $"{edit}/password", ("Password", "yeu")));
        await admin.PostFormExpectingRedirectAsync(edit, $"{edit}/password", [("Password", "QuanTriDat2026")]);
        using var signedIn = site.Client();
        await signedIn.LoginAsync(Commune, user.UserName, "QuanTriDat2026");

        var invalid = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Put, $"/{Commune}/api/admin/users/{user.Id}", new { displayName = " ", email = "a@b" });
        Assert.NotNull(invalid!["errors"]!["displayName"]);
        Assert.NotNull(invalid["errors"]!["email"]);
        await admin.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Put, $"/{Commune}/api/admin/users/{user.Id}", new { displayName = "Trần Bình", email = (string?)null });
        await admin.ExpectAsync(HttpStatusCode.NotFound, HttpMethod.Put, $"/{Commune}/api/admin/users/khong-co", new { displayName = "Ai Đó" });
    }

    [Theory]
    [InlineData("Nguyen.Van.A", "userName", "chữ thường")]
    [InlineData("nguyen van a", "userName", "chữ thường")]
    [InlineData("ab", "userName", "từ 3 đến 128")]
    [InlineData("người.dùng", "userName", "chữ thường")]
    [InlineData("ten@xa", "userName", "chữ thường")]
    public async Task User_names_are_checked_with_a_message_for_the_field(string userName, string field, string message)
    {
        using var admin = await site.SignedInAsync(Commune, Demo.Administrator(Commune));
        var refused = await admin.ExpectAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/{Commune}/api/admin/users",
            new { userName, displayName = "Người Thử", password = "MatKhauManh2026", roles = new[] { "Author" } });
        Assert.Contains(message, refused!["errors"]![field]![0]!.GetValue<string>());
    }

    [Theory]
    [InlineData("a@b")]
    [InlineData("khong-co-a-cong")]
    [InlineData("hai@@dau.vn")]
    [InlineData("co khoang@trang.vn")]
    [InlineData("ten@ten miền.vn")]
    public async Task Email_addresses_are_checked_on_the_create_page_next_to_the_field(string email)
    {
        using var admin = await site.SignedInAsync(Commune, Demo.Administrator(Commune));
        var create = $"/{Commune}/admin/users/new";
        var error = await ErrorAsync(admin, create, "Email",
            ("UserName", "email.thu"), ("DisplayName", "Người Thử"), ("Email", email), ("Password", "MatKhauManh2026"));
        Assert.StartsWith("Địa chỉ email không hợp lệ", error);
    }

    [Fact]
    public async Task Forgot_password_mails_a_link_that_sets_a_new_password_once_and_lifts_the_lockout()
    {
        var address = $"quen.{Guid.NewGuid():N}@dongson.gov.vn";
        var user = await TestUser.CreateAsync(site, Commune, "quen.mat.khau", address);
        await user.LockAsync(site, Commune);

        using var visitor = site.Client();
        var forgot = $"/{Commune}/admin/forgot-password";
        Assert.Contains($"href=\"{forgot}\"", await visitor.PageAsync(Login));
        var sent = await SentTextAsync(visitor, forgot, user.UserName);
        Assert.Equal(sent, await SentTextAsync(visitor, forgot, "khong.co.ai.ten.nay"));

        Eml? mail = null;
        await Editorial.EventuallyAsync(() => Task.FromResult((mail = Eml.All(mailFolder).SingleOrDefault(m => m.To.Contains(address))) is not null), "the reset mail");
        var link = LinkPattern().Match(mail!.Body);
        Assert.True(link.Success, mail.Body);
        Assert.StartsWith($"{SecurityTestHost.SiteUrl}/{Commune}/admin/reset-password?", link.Value);
        var resetPage = link.Value[SecurityTestHost.SiteUrl.Length..];

        var form = await visitor.PageAsync(resetPage);
        Assert.Contains("Mật khẩu mới", form);
        var fields = new[] { ("User", user.Id), ("Token", HiddenValue(form, "Token")) };
        Assert.Equal("Mật khẩu nhập lại không khớp với mật khẩu mới.", await ErrorAsync(visitor, resetPage, "ConfirmPassword", "/" + Commune + "/admin/reset-password",
            [.. fields, ("NewPassword", "DatLaiQuaThu2026"), ("ConfirmPassword", "Khac2026abc")]));
        Assert.Equal(Login, await visitor.PostFormExpectingRedirectAsync(resetPage, $"/{Commune}/admin/reset-password",
            [.. fields, ("NewPassword", "DatLaiQuaThu2026"), ("ConfirmPassword", "DatLaiQuaThu2026")]));
        Assert.Contains("Đã đặt mật khẩu mới", await visitor.PageAsync(Login));
        await visitor.LoginAsync(Commune, user.UserName, "DatLaiQuaThu2026");

        // The link worked once: it is refused afterwards.
        using var later = site.Client();
        Assert.Contains("đã hết hạn hoặc đã được dùng", await later.PageAsync(resetPage));
        Assert.Single(Eml.All(mailFolder), m => m.To.Contains(address));
    }

    [Fact]
    public async Task Without_mail_or_the_hosts_address_no_password_reset_is_offered()
    {
        foreach (var (key, value) in new[] { ("GovCms:Mail:PickupDirectory", ""), ("GovCms:Mail:SiteUrl", "") })
        {
            await using var host = site.WithWebHostBuilder(b => b.UseSetting(key, value));
            using var visitor = SiteClient.Create(host);
            Assert.DoesNotContain("forgot-password", await visitor.PageAsync(Login));
            Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/{Commune}/admin/forgot-password")).StatusCode);
        }
    }

    private static async Task<string> SentTextAsync(SiteClient visitor, string forgot, string userName)
    {
        using var response = await visitor.PostFormAsync(forgot, forgot, [("UserName", userName)]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Regex.Match(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), "role=\"status\">(.*?)</p>").Groups[1].Value;
    }

    private static Task<string?> ErrorAsync(SiteClient client, string page, string field, params (string Name, string Value)[] fields) =>
        ErrorAsync(client, page, field, page, fields);

    /// <summary>Posts the form of <paramref name="page"/> to <paramref name="action"/> and returns the message next to the field.</summary>
    private static async Task<string?> ErrorAsync(SiteClient client, string page, string field, string action, params (string Name, string Value)[] fields)
    {
        using var response = await client.PostFormAsync(page, action, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return AdminPages.FieldError(await response.Content.ReadAsStringAsync(), field);
    }

    private static string HiddenValue(string html, string name) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"<input type=\"hidden\"[^>]*name=\"{name}\"[^>]*value=\"([^\"]*)\"").Groups[1].Value);

    [GeneratedRegex(@"https?://\S+/admin/reset-password\?\S+")]
    private static partial Regex LinkPattern();
}

public sealed class PasswordOnSqlite(SecuritySqliteSite site) : PasswordTests(site, site.MailFolder), IClassFixture<SecuritySqliteSite>;

public sealed class PasswordOnPostgreSql(SecurityPostgreSqlSite site) : PasswordTests(site, site.MailFolder), IClassFixture<SecurityPostgreSqlSite>;
