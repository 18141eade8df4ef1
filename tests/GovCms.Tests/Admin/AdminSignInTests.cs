using System.Net;
using GovCms.Security;
using GovCms.Tests.Infrastructure;

namespace GovCms.Tests.Admin;

public sealed class AdminSignInTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    private const string Commune = Demo.Commune;
    private static readonly string LoginUrl = $"/{Commune}/admin/login";

    [Fact]
    public async Task The_admin_sends_people_who_are_not_signed_in_to_the_login_page_of_the_same_site()
    {
        using var visitor = site.Client();
        using var response = await visitor.GetAsync($"/{Commune}/admin/content?type=Article");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/{Commune}/admin/login?returnUrl=%2F{Commune}%2Fadmin%2Fcontent%3Ftype%3DArticle", response.Headers.Location!.OriginalString);

        var page = await visitor.PageAsync(LoginUrl);
        Assert.Contains("<label for=\"UserName\">Tên đăng nhập</label>", page);
        Assert.Contains("<label for=\"Password\">Mật khẩu</label>", page);
        Assert.NotEmpty(AdminPages.TokenIn(page));
    }

    [Fact]
    public async Task A_wrong_password_shows_the_Vietnamese_message_and_keeps_the_user_name()
    {
        using var visitor = site.Client();
        using var response = await visitor.PostFormAsync(LoginUrl, LoginUrl, [("UserName", Demo.Author(Commune)), ("Password", "SaiMatKhau1")]);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(SignInService.WrongCredentials, page);
        Assert.Equal(Demo.Author(Commune), AdminPages.InputValue(page, "UserName"));
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.GetAsync($"/{Commune}/admin")).StatusCode);
    }

    [Fact]
    public async Task An_empty_form_says_what_is_missing_next_to_each_field()
    {
        using var visitor = site.Client();
        using var response = await visitor.PostFormAsync(LoginUrl, LoginUrl, [("UserName", ""), ("Password", "")]);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal("Vui lòng nhập tên đăng nhập.", AdminPages.FieldError(page, "UserName"));
        Assert.Equal("Vui lòng nhập mật khẩu.", AdminPages.FieldError(page, "Password"));
    }

    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_account_with_a_Vietnamese_message()
    {
        const string tenant = "thi-tran-tho-xuan";
        var login = $"/{tenant}/admin/login";
        using var visitor = site.Client();
        string page = "";
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var response = await visitor.PostFormAsync(login, login, [("UserName", Demo.Author(tenant)), ("Password", "SaiMatKhau1")]);
            page = await response.Content.ReadAsStringAsync();
        }

        Assert.Contains("tài khoản đang tạm khóa: sau 5 lần nhập sai liên tiếp, tài khoản bị khóa 15 phút", page);
    }

    [Theory]
    [InlineData($"/{Commune}/admin/content?type=Article", $"/{Commune}/admin/content?type=Article")]
    [InlineData($"/{Demo.SiblingCommune}/admin", $"/{Commune}/admin")]
    [InlineData("//evil.example/admin", $"/{Commune}/admin")]
    [InlineData("https://evil.example/", $"/{Commune}/admin")]
    public async Task Signing_in_returns_only_to_a_page_of_the_same_site(string returnUrl, string expected)
    {
        using var visitor = site.Client();
        var location = await visitor.PostFormExpectingRedirectAsync(LoginUrl, LoginUrl,
            [("UserName", Demo.Author(Commune)), ("Password", Demo.Password), ("ReturnUrl", returnUrl)]);
        Assert.Equal(expected, location);
    }

    [Fact]
    public async Task Signing_in_on_one_commune_gives_nothing_on_another_and_sign_out_ends_the_session()
    {
        using var author = site.Client();
        await author.PostFormExpectingRedirectAsync(LoginUrl, LoginUrl, [("UserName", Demo.Author(Commune)), ("Password", Demo.Password)]);
        Assert.Equal(HttpStatusCode.OK, (await author.GetAsync($"/{Commune}/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await author.GetAsync($"/{Demo.SiblingCommune}/admin")).StatusCode);

        var location = await author.PostFormExpectingRedirectAsync($"/{Commune}/admin", $"/{Commune}/admin/logout", []);
        Assert.Equal(LoginUrl, location);
        Assert.Equal(HttpStatusCode.Redirect, (await author.GetAsync($"/{Commune}/admin")).StatusCode);
    }

    [Fact]
    public async Task A_form_posted_without_the_antiforgery_token_is_refused()
    {
        using var visitor = site.Client();
        using var response = await visitor.Http.PostAsync(LoginUrl,
            new FormUrlEncodedContent([new("UserName", Demo.Author(Commune)), new("Password", Demo.Password)]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
