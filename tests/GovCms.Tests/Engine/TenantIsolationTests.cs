using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using GovCms.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Engine;

/// <summary>
/// Walks every endpoint the host maps — including those added later by other modules — and tries
/// it against a sibling commune's data in both ways an intruder could: with the victim's ids on the
/// intruder's own site, and with the intruder's cookie replayed on the victim's site.
/// </summary>
public abstract partial class TenantIsolationTests(GovCmsSite site)
{
    private const string Victim = Demo.Commune;
    private const string Intruder = Demo.SiblingCommune;

    [Fact]
    public async Task A_communes_user_can_neither_read_nor_change_another_communes_data_through_any_endpoint()
    {
        using var owner = await site.SignedInAsync(Victim, Demo.Administrator(Victim));
        var marker = "BIMAT" + Guid.NewGuid().ToString("N")[..10];
        var draft = await owner.CreateArticleAsync(Victim, $"Bản nháp nội bộ {marker}", body: $"Nội dung {marker}");
        var ids = new Dictionary<string, string>
        {
            ["id"] = Field(draft, "id"),
            ["slug"] = Field(draft, "slug"),
            ["type"] = "Article",
            ["version"] = "1",
            ["name"] = "Administrator",
        };
        var victimUserId = (await owner.GetJsonAsync($"/{Victim}/api/admin/users"))!.AsArray()
            .Single(u => Field(u, "userName") == Demo.Administrator(Victim))!["id"]!.GetValue<string>();
        var before = await SnapshotAsync(owner);

        var cookie = await SignInCookieAsync(Intruder, Demo.Administrator(Intruder));
        var victimTenantId = site.Tenant(Victim).Id;
        var intruderTenantId = site.Tenant(Intruder).Id;
        var body = new
        {
            displayText = "Đã bị sửa trái phép",
            displayName = "Bị chiếm quyền",
            body = "x",
            concurrencyStamp = Field(draft, "concurrencyStamp"),
            publish = true,
            enabled = false,
            roles = new[] { "Administrator" },
            permissions = Array.Empty<string>(),
            settings = new Dictionary<string, string> { ["Phone"] = "000" },
            userName = "xam.nhap",
            password = "XamNhap@2026",
            name = "Xâm nhập",
        };

        var tried = 0;
        foreach (var (endpoint, pattern, method) in MappedRoutes.Of(site.Services).Where(r => !r.Pattern.EndsWith("auth/logout", StringComparison.Ordinal)))
        {
            foreach (var idValue in new[] { ids["id"], victimUserId })
            {
                var values = new Dictionary<string, string>(ids) { ["id"] = idValue };
                var path = MappedRoutes.Fill(pattern, name => values.GetValueOrDefault(name) ?? idValue) + $"?concurrencyStamp={ids["id"]}";
                tried++;

                // The victim's ids on the intruder's own site.
                using var own = await SendAsync(method, $"/{Intruder}{path}", body, $".GovCms.Auth.{intruderTenantId}={cookie}");
                var ownText = await own.Content.ReadAsStringAsync();
                Assert.True((int)own.StatusCode < 500, $"{method} /{Intruder}{path} failed with {(int)own.StatusCode}: {ownText}");
                Assert.False(ownText.Contains(marker), $"{method} /{Intruder}{path} showed the other commune's data: {ownText}");

                // The intruder's cookie replayed on the victim's site, under both cookie names.
                using var replayed = await SendAsync(method, $"/{Victim}{path}", body,
                    $".GovCms.Auth.{victimTenantId}={cookie}; .GovCms.Auth.{intruderTenantId}={cookie}");
                var replayedText = await replayed.Content.ReadAsStringAsync();
                Assert.True((int)replayed.StatusCode < 500, $"{method} /{Victim}{path} failed with {(int)replayed.StatusCode}: {replayedText}");
                Assert.False(replayedText.Contains(marker), $"{method} /{Victim}{path} showed data to a replayed cookie: {replayedText}");
                if (RequiresSignIn(endpoint))
                {
                    // The API answers with a status; an admin page sends the person to the victim site's sign-in page.
                    var toSignIn = replayed.StatusCode == HttpStatusCode.Redirect &&
                        replayed.Headers.Location!.OriginalString.StartsWith($"/{Victim}/admin/login?", StringComparison.Ordinal);
                    Assert.True(toSignIn || replayed.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.BadRequest,
                        $"{method} /{Victim}{path} with another commune's cookie answered {(int)replayed.StatusCode}");
                }
            }
        }

        Assert.True(tried > 20, $"Only {tried} endpoint calls were tried; is the endpoint walk broken?");
        Assert.Equal(before, await SnapshotAsync(owner));
    }

    [Fact]
    public async Task A_commune_user_cannot_sign_in_on_a_sibling_commune()
    {
        using var client = site.Client();
        using var response = await client.TryLoginAsync(Victim, Demo.Administrator(Intruder), Demo.Password);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    /// <summary>Everything the victim's administrator can see of the site, as one string.</summary>
    private static async Task<string> SnapshotAsync(SiteClient owner)
    {
        var parts = new List<string>();
        foreach (var url in new[] { "content?pageSize=100", "users", "roles", "tenant", "features", "categories" })
        {
            parts.Add((await owner.GetJsonAsync($"/{Victim}/api/admin/{url}"))!.ToJsonString());
        }

        foreach (var item in (await owner.GetJsonAsync($"/{Victim}/api/admin/content?pageSize=100"))!["items"]!.AsArray())
        {
            parts.Add((await owner.GetJsonAsync($"/{Victim}/api/admin/content/{Field(item, "id")}/versions"))!.ToJsonString());
        }

        return string.Join("\n", parts);
    }

    private static bool RequiresSignIn(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IAuthorizeData>() is not null && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null;

    /// <summary>Signs in without a cookie container and returns the raw auth cookie value.</summary>
    private async Task<string> SignInCookieAsync(string slug, string userName)
    {
        using var http = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        http.DefaultRequestHeaders.Add(ApiHeader, "1");
        using var response = await http.PostAsJsonAsync($"/{slug}/api/auth/login", new { userName, password = Demo.Password });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var setCookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".GovCms.Auth.", StringComparison.Ordinal));
        return setCookie[(setCookie.IndexOf('=') + 1)..setCookie.IndexOf(';')];
    }

    private async Task<HttpResponseMessage> SendAsync(string method, string url, object body, string cookieHeader)
    {
        using var http = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        request.Headers.Add("Cookie", cookieHeader);
        request.Headers.Add(ApiHeader, "1");
        if (method is not "GET" and not "HEAD")
        {
            request.Content = JsonContent.Create(body);
        }

        return await http.SendAsync(request);
    }
}

public sealed class TenantIsolationOnSqlite(SqliteSite site) : TenantIsolationTests(site), IClassFixture<SqliteSite>;

public sealed class TenantIsolationOnPostgreSql(PostgreSqlSite site) : TenantIsolationTests(site), IClassFixture<PostgreSqlSite>;
