using System.Net;
using GovCms.Hosting;
using GovCms.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GovCms.Tests.Security;

/// <summary>Finding 9: every response carries the security headers: pages, API, static files, media, errors; HSTS only over HTTPS.</summary>
public sealed class SecurityHeaderTests(BrokenLoggedSite site) : IClassFixture<BrokenLoggedSite>
{
    [Fact]
    public async Task Pages_api_static_files_media_and_error_answers_all_carry_the_security_headers()
    {
        using var citizen = site.Client();
        using var clerk = await site.SignedInAsync(Demo.Commune, Demo.Author(Demo.Commune));
        var media = Path.Combine(site.MediaFolder, site.Tenant(Demo.Commune).Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "2026", "01");
        Directory.CreateDirectory(media);
        await File.WriteAllBytesAsync(Path.Combine(media, "anh.png"), [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]);

        var answers = new List<(string What, HttpResponseMessage Response)>
        {
            ("home page", await citizen.GetAsync($"/{Demo.Commune}/")),
            ("sign-in page", await citizen.GetAsync($"/{Demo.Commune}/admin/login")),
            ("public API", await citizen.GetAsync($"/{Demo.Commune}/api/content/Article")),
            ("static file", await citizen.GetAsync("/_content/GovCms.Themes.Admin/admin.js")),
            ("media", await citizen.GetAsync($"/{Demo.Commune}/media/2026/01/anh.png")),
            ("404 page", await citizen.GetAsync($"/{Demo.Commune}/khong-co-trang-nay")),
            ("401 of the API", await citizen.GetAsync($"/{Demo.Commune}/api/admin/content")),
            ("health", await citizen.GetAsync("/health")),
            ("500", await clerk.SendJsonAsync(HttpMethod.Post, $"/{Demo.Commune}/api/admin/content/Article", new { displayText = "Bài [hỏng]" })),
        };

        Assert.Equal(HttpStatusCode.OK, answers.Single(a => a.What == "media").Response.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, answers.Single(a => a.What == "500").Response.StatusCode);
        foreach (var (what, response) in answers)
        {
            Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var csp), $"{what}: no Content-Security-Policy");
            var policy = Assert.Single(csp);
            Assert.Contains("script-src 'self';", policy);
            Assert.Contains("frame-ancestors 'self'", policy);
            Assert.Contains("object-src 'none'", policy);
            Assert.DoesNotContain("unsafe-eval", policy);
            Assert.DoesNotMatch("script-src[^;]*unsafe-inline", policy);
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
            Assert.Equal("SAMEORIGIN", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
            Assert.Contains("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")));
            Assert.False(response.Headers.Contains("Strict-Transport-Security"), $"{what}: HSTS over plain HTTP");
            response.Dispose();
        }
    }

    [Fact]
    public async Task Over_https_responses_ask_browsers_to_keep_to_https()
    {
        using var https = site.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

        using var page = await https.GetAsync($"/{Demo.Commune}/");
        using var missing = await https.GetAsync($"/{Demo.Commune}/khong-co-trang-nay");

        Assert.Equal(SecurityHeaders.StrictTransportSecurity, Assert.Single(page.Headers.GetValues("Strict-Transport-Security")));
        Assert.Equal(SecurityHeaders.StrictTransportSecurity, Assert.Single(missing.Headers.GetValues("Strict-Transport-Security")));
    }
}
