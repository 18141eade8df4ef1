using System.Net;
using System.Text.RegularExpressions;
using GovCms.Tests.Infrastructure;

namespace GovCms.Tests.Portal;

/// <summary>Every public page is readable by everyone: landmarks, a skip link, Vietnamese, print styles, no script.</summary>
public sealed class PageStructureTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    public static TheoryData<string> Pages =>
    [
        $"/{Demo.Commune}/",
        $"/{Demo.Commune}/tin-tuc",
        $"/{Demo.Commune}/tin-tuc/thong-bao-lich-tiep-cong-dan-thang-12",
        $"/{Demo.Commune}/trang/gioi-thieu",
        $"/{Demo.Commune}/chuyen-muc/tin-tuc-su-kien",
        $"/{Demo.Commune}/chuyen-muc/van-ban",
        "/", // the root province, reached without a prefix
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_public_page_has_landmarks_a_skip_link_one_heading_print_styles_and_no_script(string url)
    {
        var html = await site.Client().PageAsync(url);

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"vi\">", html.ReplaceLineEndings("\n"));
        var body = html[html.IndexOf("<body>", StringComparison.Ordinal)..];
        Assert.Matches(@"^<body>\s*<a class=""skip-link"" href=""#noi-dung"">Bỏ qua, đến nội dung chính</a>", body);
        Assert.Equal(1, Html.Count(html, @"<main id=""noi-dung"""));
        foreach (var landmark in new[] { "<header", "<nav class=\"site-nav\" aria-label=", "<footer" })
        {
            Assert.Equal(1, Html.Count(html, Regex.Escape(landmark)));
        }

        Assert.Equal(1, Html.Count(html, "<h1[ >]"));
        Assert.Matches(@"<link rel=""stylesheet"" href=""/_content/GovCms\.Themes\.Portal/print\.css\?v=[^""]+"" media=""print"">", html);
        // Content needs no script; the theme's one script is an external file (no inline script for the CSP to allow).
        var scripts = Regex.Matches(html, @"<script\b[^>]*>(.*?)</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase);
        Assert.All(scripts, script =>
        {
            Assert.Matches(@"^<script src=""/_content/GovCms\.Themes\.Portal/portal\.js\?v=[^""]+"" defer>", script.Value);
            Assert.Empty(script.Groups[1].Value.Trim());
        });
        Assert.DoesNotMatch(@"<[^>]*\son[a-z]+\s*=", html); // no inline event handlers either
        Assert.All(Regex.Matches(html, "<img [^>]*>").Select(m => m.Value), img => Assert.Contains(" alt=\"", img));
    }

    [Theory]
    [InlineData("/_content/GovCms.Themes.Portal/portal.css", "--brand")]
    [InlineData("/_content/GovCms.Themes.Portal/print.css", "@page")]
    [InlineData("/_content/GovCms.Themes.Civic/civic.css", "civic-header")]
    public async Task Theme_stylesheets_are_served_from_the_root_for_every_tenant(string url, string expected)
    {
        using var response = await site.Client().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
    }
}
