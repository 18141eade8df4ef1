using System.Net;
using System.Text;
using GovCms.Tests.Admin;
using GovCms.Tests.Infrastructure;

namespace GovCms.Tests.Security;

/// <summary>Finding 8 (sign-in): malformed values on the sign-in form and in the API's JSON are answered, never a 500.</summary>
public abstract class SignInInputTests(GovCmsSite site)
{
    private const string Commune = Demo.Commune;
    private static readonly string Login = $"/{Commune}/admin/login";

    [Theory]
    [InlineData("abc")]
    [InlineData("có")]
    [InlineData("")]
    public async Task A_remember_me_value_that_is_not_a_boolean_is_told_next_to_the_checkbox(string value)
    {
        using var visitor = site.Client();
        using var response = await visitor.PostFormAsync(Login, Login,
            [("UserName", Demo.Author(Commune)), ("Password", Demo.Password), ("Remember", value)]);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Giá trị gửi lên của \"Ghi nhớ đăng nhập\" không hợp lệ.", AdminPages.FieldError(page, "Remember"));
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.GetAsync($"/{Commune}/admin")).StatusCode);
    }

    [Fact]
    public async Task A_user_name_far_too_long_is_a_failed_sign_in_not_an_error()
    {
        using var visitor = site.Client();
        using var response = await visitor.PostFormAsync(Login, Login, [("UserName", new string('a', 20_000)), ("Password", "SaiMatKhau1")]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("không đúng", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("""{"userName": "canbo.phuong-dong-son", "password": "x", "remember": "abc"}""", "remember")]
    [InlineData("""{"userName": "canbo.phuong-dong-son", "password": "x", "remember": 1}""", "remember")]
    [InlineData("""{"userName": 42, "password": "x"}""", "userName")]
    [InlineData("""{"userName": "canbo.phuong-dong-son", "password": ["x"]}""", "password")]
    [InlineData("""{"userName": "canbo.phuong-dong-son",""", "")]
    [InlineData("""["canbo.phuong-dong-son", "x"]""", "")]
    public async Task The_api_answers_a_value_of_the_wrong_type_with_400_and_the_field(string json, string field)
    {
        using var visitor = site.Client();
        using var response = await visitor.Http.PostAsync($"/{Commune}/api/auth/login", new StringContent(json, Encoding.UTF8, "application/json"));
        var problem = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(problem!["errors"]![field]);
        Assert.Equal("Dữ liệu chưa hợp lệ", SiteClient.Field(problem, "title"));
    }
}

public sealed class SignInInputOnSqlite(SqliteSite site) : SignInInputTests(site), IClassFixture<SqliteSite>;

public sealed class SignInInputOnPostgreSql(PostgreSqlSite site) : SignInInputTests(site), IClassFixture<PostgreSqlSite>;
