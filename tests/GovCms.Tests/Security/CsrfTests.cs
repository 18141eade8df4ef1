using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using GovCms.Hosting;
using GovCms.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Security;

/// <summary>
/// Finding 3: a request another site makes the browser send (a form, a no-cors fetch) carries the cookie but
/// cannot carry the header X-GovCms-Request, so every state-changing API endpoint refuses it.
/// </summary>
public abstract partial class CsrfTests(GovCmsSite site)
{
    private const string Commune = Demo.Commune;

    [Fact]
    public async Task Every_state_changing_api_endpoint_refuses_a_signed_in_request_without_the_header_and_changes_nothing()
    {
        using var admin = await site.SignedInAsync(Commune, Demo.Administrator(Commune));
        var draft = await admin.CreateArticleAsync(Commune, "Bài không được sửa từ trang khác");
        var author = (await admin.GetJsonAsync($"/{Commune}/api/admin/users"))!.AsArray().Single(u => Field(u, "userName") == Demo.Author(Commune));
        var before = await AdminSnapshot.OfAsync(admin, Commune);

        var tried = 0;
        foreach (var (_, pattern, method) in MappedRoutes.ChangingState(site.Services).Where(r => r.Pattern.TrimStart('/').StartsWith("api/", StringComparison.Ordinal)))
        {
            var path = $"/{Commune}" + MappedRoutes.Fill(pattern, pattern.Contains("users", StringComparison.Ordinal) ? Field(author, "id") : Field(draft, "id"));
            // What a form of another site sends: the cookie and form fields, no custom header.
            using var response = await admin.SendWithoutApiHeaderAsync(new HttpMethod(method), path,
                new FormUrlEncodedContent([new("displayText", "Bị sửa"), new("enabled", "false"), new("roles", "Administrator")]));
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{method} {path} without the header answered {(int)response.StatusCode}: {text}");
            Assert.Contains("X-GovCms-Request", text);
            tried++;
        }

        Assert.True(tried > 20, $"Only {tried} endpoints were tried; is the endpoint walk broken?");
        Assert.Equal(before, await AdminSnapshot.OfAsync(admin, Commune));
        // Still signed in: the refused logout did not sign the administrator out either.
        await admin.GetJsonAsync($"/{Commune}/api/auth/me");

        // The same request with the header is carried out, so the refusal above was the header's doing.
        await admin.ExpectAsync(HttpStatusCode.NoContent, HttpMethod.Post, $"/{Commune}/api/admin/users/{Field(author, "id")}/disable");
    }

    [Fact]
    public async Task Body_less_posts_are_refused_without_the_header()
    {
        using var admin = await site.SignedInAsync(Demo.SiblingCommune, Demo.Administrator(Demo.SiblingCommune));
        var users = $"/{Demo.SiblingCommune}/api/admin/users";
        var author = (await admin.GetJsonAsync(users))!.AsArray().Single(u => Field(u, "userName") == Demo.Author(Demo.SiblingCommune));
        foreach (var path in new[] { $"{users}/{Field(author, "id")}/disable", $"/{Demo.SiblingCommune}/api/admin/workflows/notifications/read", $"/{Demo.SiblingCommune}/api/auth/logout" })
        {
            using var response = await admin.SendWithoutApiHeaderAsync(HttpMethod.Post, path);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(ApiRequestGuard.Refusal, (await response.Content.ReadFromJsonAsync<ProblemText>())!.Detail);
        }

        var after = (await admin.GetJsonAsync(users))!.AsArray().Single(u => Field(u, "userName") == Demo.Author(Demo.SiblingCommune));
        Assert.False(after!["isDisabled"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Signing_in_without_the_header_is_refused_so_another_site_cannot_sign_a_visitor_in()
    {
        using var visitor = site.Client();
        using var response = await visitor.SendWithoutApiHeaderAsync(HttpMethod.Post, $"/{Commune}/api/auth/login",
            JsonContent.Create(new { userName = Demo.Author(Commune), password = Demo.Password }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        await visitor.ExpectAsync(HttpStatusCode.Unauthorized, HttpMethod.Get, $"/{Commune}/api/auth/me");
    }

    [Fact]
    public async Task Cookies_are_http_only_same_site_and_secure_over_https()
    {
        using var https = SiteClient.Create(site, new Uri("https://localhost"));
        using var signIn = await https.TryLoginAsync(Commune, Demo.Author(Commune), Demo.Password);
        var auth = SetCookie(signIn, ".GovCms.Auth.");
        Assert.Contains("secure", auth);
        Assert.Contains("httponly", auth);
        Assert.Contains("samesite=lax", auth);

        using var visitor = SiteClient.Create(site, new Uri("https://localhost"));
        using var form = await visitor.GetAsync($"/{Commune}/admin/login");
        var antiforgery = SetCookie(form, ".AspNetCore.Antiforgery.");
        Assert.Contains("secure", antiforgery);
        Assert.Contains("httponly", antiforgery);
        Assert.Contains("samesite=strict", antiforgery);

        using var http = site.Client();
        using var plain = await http.TryLoginAsync(Commune, Demo.Author(Commune), Demo.Password);
        Assert.DoesNotContain("secure", SetCookie(plain, ".GovCms.Auth."));
    }

    private static string SetCookie(HttpResponseMessage response, string prefix) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(prefix, StringComparison.Ordinal)).ToLowerInvariant();

    private sealed record ProblemText(string? Title, string? Detail);
}

public sealed class CsrfOnSqlite(SqliteSite site) : CsrfTests(site), IClassFixture<SqliteSite>;

public sealed class CsrfOnPostgreSql(PostgreSqlSite site) : CsrfTests(site), IClassFixture<PostgreSqlSite>;
