using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using GovCms.Tests.Infrastructure;
using static GovCms.Tests.Infrastructure.SiteClient;

namespace GovCms.Tests.Portal;

/// <summary>
/// Speed of what is served: validators and 304, compression, long-lived assets, and the output cache of
/// anonymous pages, which a publication, a setting or a menu change evicts for the next request.
/// </summary>
public abstract class PortalCachingTests(GovCmsSite site)
{
    [Fact]
    public async Task A_page_has_an_etag_and_last_modified_and_answers_304_while_it_is_unchanged()
    {
        using var client = site.Client();
        using var first = await client.GetAsync($"/{Demo.Commune}/tin-tuc");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.True(etag.IsWeak);
        Assert.NotNull(first.Content.Headers.LastModified);
        Assert.Contains("no-cache", first.Headers.CacheControl!.ToString());

        var conditional = new HttpRequestMessage(HttpMethod.Get, $"/{Demo.Commune}/tin-tuc");
        conditional.Headers.IfNoneMatch.Add(etag);
        using var second = await client.Http.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());

        var stale = new HttpRequestMessage(HttpMethod.Get, $"/{Demo.Commune}/tin-tuc");
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"khac\"", isWeak: true));
        using var third = await client.Http.SendAsync(stale);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
    }

    [Theory]
    [InlineData("br", "/phuong-dong-son/")]
    [InlineData("gzip", "/phuong-dong-son/")]
    [InlineData("br", "/_content/GovCms.Themes.Portal/portal.css")]
    [InlineData("gzip", "/_content/GovCms.Themes.Portal/portal.js")]
    [InlineData("gzip", "/phuong-dong-son/rss.xml")]
    [InlineData("br", "/phuong-dong-son/api/content/Article")]
    public async Task Text_responses_are_compressed_with_brotli_or_gzip(string encoding, string path)
    {
        using var plain = await site.Client().GetAsync(path);
        var text = await plain.Content.ReadAsStringAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.ParseAdd(encoding);
        using var response = await site.Client().Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
        await using var body = await response.Content.ReadAsStreamAsync();
        await using Stream decoded = encoding == "br" ? new BrotliStream(body, CompressionMode.Decompress) : new GZipStream(body, CompressionMode.Decompress);
        using var reader = new StreamReader(decoded);
        Assert.Equal(text.Length, (await reader.ReadToEndAsync()).Length);
    }

    [Fact]
    public async Task Theme_assets_linked_with_their_version_are_cached_for_a_year()
    {
        var html = await site.Client().PageAsync($"/{Demo.Commune}/");
        var href = System.Text.RegularExpressions.Regex.Match(html, @"href=""(/_content/GovCms\.Themes\.Portal/portal\.css\?v=[^""]+)""").Groups[1].Value;
        Assert.NotEmpty(href);
        Assert.Matches(@"src=""/_content/GovCms\.Themes\.Portal/portal\.js\?v=[^""]+"" defer", html);

        using var versioned = await site.Client().GetAsync(href);
        Assert.Equal("public, max-age=31536000, immutable", versioned.Headers.CacheControl?.ToString());
        using var unversioned = await site.Client().GetAsync("/_content/GovCms.Themes.Portal/portal.css");
        Assert.Equal("no-cache", unversioned.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Anonymous_pages_are_served_from_the_output_cache_and_signed_in_people_never_are()
    {
        const string page = $"/{Demo.District}/tin-tuc";
        using var anonymous = site.Client();
        (await anonymous.GetAsync(page)).Dispose();
        using var cached = await anonymous.GetAsync(page);
        Assert.NotNull(cached.Headers.Age);

        using var editor = await site.SignedInAsync(Demo.District, Demo.Administrator(Demo.District));
        using var signedIn = await editor.GetAsync(page);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Null(signedIn.Headers.Age);
        Assert.DoesNotContain("public", signedIn.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task Publishing_unpublishing_and_deleting_show_on_the_next_request_of_a_cached_page()
    {
        const string slug = Demo.OtherDistrictCommune;
        const string sameSection = $"/{slug}/tin-tuc/ra-quan-tong-ve-sinh-moi-truong-phong-chong-dich-benh";
        using var citizen = site.Client();
        await AssertServedFromCacheAsync(citizen, $"/{slug}/");
        await AssertServedFromCacheAsync(citizen, sameSection);

        using var editor = await site.SignedInAsync(slug, Demo.Administrator(slug));
        var article = (await editor.ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, $"/{slug}/api/admin/content/Article",
            new { displayText = "Lễ phát động Tết trồng cây xuân Bính Ngọ", categories = new[] { "tin-tuc-su-kien" }, publish = true }))!;
        Assert.Contains("Lễ phát động Tết trồng cây xuân Bính Ngọ", await citizen.PageAsync($"/{slug}/"));
        Assert.Contains("Lễ phát động Tết trồng cây xuân Bính Ngọ", Html.Element(await citizen.PageAsync(sameSection), "aside", "related"));
        var url = $"/{slug}/tin-tuc/{Field(article, "slug")}";
        await AssertServedFromCacheAsync(citizen, url);

        var id = Field(article, "id");
        var current = await editor.GetJsonAsync($"/{slug}/api/admin/content/{id}");
        await editor.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/{slug}/api/admin/content/{id}/unpublish", new { concurrencyStamp = Field(current, "concurrencyStamp") });
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync(url)).StatusCode);
        Assert.DoesNotContain("Lễ phát động Tết trồng cây xuân Bính Ngọ", await citizen.PageAsync($"/{slug}/"));

        current = await editor.GetJsonAsync($"/{slug}/api/admin/content/{id}");
        await editor.ExpectAsync(HttpStatusCode.OK, HttpMethod.Post, $"/{slug}/api/admin/content/{id}/publish", new { concurrencyStamp = Field(current, "concurrencyStamp") });
        Assert.Contains("Lễ phát động Tết trồng cây xuân Bính Ngọ", await citizen.PageAsync(url));
        current = await editor.GetJsonAsync($"/{slug}/api/admin/content/{id}");
        using var deleted = await editor.SendJsonAsync(HttpMethod.Delete, $"/{slug}/api/admin/content/{id}?concurrencyStamp={Field(current, "concurrencyStamp")}");
        Assert.True(deleted.IsSuccessStatusCode, $"DELETE: {(int)deleted.StatusCode} {await deleted.Content.ReadAsStringAsync()}");
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task A_settings_or_menu_change_shows_on_the_next_request_of_the_site_and_of_the_sites_below_it()
    {
        const string slug = Demo.District;
        const string below = Demo.Commune;
        using var citizen = site.Client();
        await AssertServedFromCacheAsync(citizen, $"/{slug}/");
        await AssertServedFromCacheAsync(citizen, $"/{below}/trang/gioi-thieu");

        using var admin = await site.SignedInAsync(slug, Demo.Administrator(slug));
        var tenant = await admin.GetJsonAsync($"/{slug}/api/admin/tenant");
        var settings = tenant!["settings"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());
        settings["Phone"] = "0237 3 777 666";
        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/{slug}/api/admin/tenant", new { displayName = "Thị xã Bỉm Sơn mới", settings });
        var home = await citizen.PageAsync($"/{slug}/");
        Assert.Contains("0237 3 777 666", Html.Element(home, "footer"));
        Assert.Contains("thị xã Bỉm Sơn mới", Html.Text(Html.Element(await citizen.PageAsync($"/{below}/trang/gioi-thieu"), "header")));

        await admin.ExpectAsync(HttpStatusCode.OK, HttpMethod.Put, $"/{slug}/api/admin/menu", new
        {
            entries = new object[] { new { title = "Trang chủ", url = "/" }, new { title = "Lịch tiếp công dân", url = "/tin-tuc" } },
        });
        Assert.Contains(">Lịch tiếp công dân</a>", Html.Element(await citizen.PageAsync($"/{slug}/"), "nav", "site-nav"));
    }

    /// <summary>The page is in the output cache (the second request is answered from it), so what follows tests its eviction.</summary>
    private static async Task AssertServedFromCacheAsync(SiteClient client, string url)
    {
        (await client.GetAsync(url)).Dispose();
        using var cached = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
        Assert.True(cached.Headers.Age is not null, $"{url} was not served from the output cache.");
    }
}

public sealed class PortalCachingOnSqlite(SqliteSite site) : PortalCachingTests(site), IClassFixture<SqliteSite>;

public sealed class PortalCachingOnPostgreSql(PostgreSqlSite site) : PortalCachingTests(site), IClassFixture<PostgreSqlSite>;
