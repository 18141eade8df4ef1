using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovCms.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace GovCms.Tests.Infrastructure;

/// <summary>
/// An HTTP client of the test host with the calls the tests repeat. It keeps cookies, does not follow
/// redirects, and sends the header X-GovCms-Request on every request, as every API client must
/// (<see cref="ApiRequestGuard"/>); <see cref="SendWithoutApiHeaderAsync"/> leaves it out, as a forged request would.
/// </summary>
public sealed class SiteClient(HttpClient http) : IDisposable
{
    public const string ApiHeader = ApiRequestGuard.HeaderName;

    /// <summary>Set on a request to send it without <see cref="ApiHeader"/>.</summary>
    public static readonly HttpRequestOptionsKey<bool> WithoutApiHeader = new("GovCms.Tests.WithoutApiHeader");

    public HttpClient Http { get; } = http;

    /// <summary>A client of the host (at <paramref name="baseAddress"/>, http://localhost by default).</summary>
    public static SiteClient Create(WebApplicationFactory<Program> host, Uri? baseAddress = null) =>
        new(host.CreateDefaultClient(baseAddress ?? new Uri("http://localhost"), new ApiHeaderHandler(), new CookieContainerHandler()));

    /// <summary>Sends with this client's cookies but without <see cref="ApiHeader"/>, as a form of another site would.</summary>
    public Task<HttpResponseMessage> SendWithoutApiHeaderAsync(HttpMethod method, string url, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        request.Options.Set(WithoutApiHeader, true);
        return Http.SendAsync(request);
    }

    public async Task LoginAsync(string slug, string userName, string password)
    {
        using var response = await TryLoginAsync(slug, userName, password);
        Assert.True(response.StatusCode == HttpStatusCode.NoContent, $"Sign-in of {userName} on {slug} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public Task<HttpResponseMessage> TryLoginAsync(string slug, string userName, string password) =>
        Http.PostAsJsonAsync($"{Demo.Base(slug)}/api/auth/login", new { userName, password });

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(url);

    /// <summary>A page's HTML with entities decoded, so tests can look for Vietnamese text however it was encoded.</summary>
    public async Task<string> PageAsync(string url)
    {
        using var response = await Http.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode}");
        return WebUtility.HtmlDecode(html);
    }

    public Task<HttpResponseMessage> SendJsonAsync(HttpMethod method, string url, object? body = null) =>
        Http.SendAsync(new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) });

    /// <summary>Sends and expects the given status; returns the JSON body (null when empty).</summary>
    public async Task<JsonNode?> ExpectAsync(HttpStatusCode expected, HttpMethod method, string url, object? body = null)
    {
        using var response = await SendJsonAsync(method, url, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{method} {url}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    public Task<JsonNode?> GetJsonAsync(string url) => ExpectAsync(HttpStatusCode.OK, HttpMethod.Get, url);

    /// <summary>Creates an article through the admin API; returns its JSON.</summary>
    public async Task<JsonNode> CreateArticleAsync(string slug, string title, bool publish = false, string body = "Nội dung.") =>
        (await ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"{Demo.Base(slug)}/api/admin/content/Article",
            new { displayText = title, summary = "Tóm tắt", body, publish }))!;

    public static string Field(JsonNode? node, string property) => node?[property]?.GetValue<string>() ?? "";

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    public void Dispose() => Http.Dispose();

    private sealed class ApiHeaderHandler : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (!request.Options.TryGetValue(WithoutApiHeader, out var without) || !without)
            {
                request.Headers.TryAddWithoutValidation(ApiHeader, "1");
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
