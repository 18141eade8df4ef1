using System.Net;
using GovCms.Tests.Infrastructure;

namespace GovCms.Tests.Portal;

/// <summary>One address per page (301 to it), and HEAD answered like GET.</summary>
public sealed class PortalAddressTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    [Theory]
    [InlineData("/phuong-dong-son/tin-tuc/", "/phuong-dong-son/tin-tuc")]
    [InlineData("/Phuong-Dong-Son/Tin-Tuc", "/phuong-dong-son/tin-tuc")]
    [InlineData("/phuong-dong-son/TIN-TUC/?page=2", "/phuong-dong-son/tin-tuc?page=2")]
    [InlineData("/phuong-dong-son", "/phuong-dong-son/")]
    [InlineData("/PHUONG-DONG-SON/", "/phuong-dong-son/")]
    [InlineData("/phuong-dong-son//", "/phuong-dong-son/")]
    [InlineData("/Trang/Gioi-Thieu/", "/trang/gioi-thieu")]
    [InlineData("/tim-kiem/?q=Đông%20Sơn", "/tim-kiem?q=Đông Sơn")]
    public async Task Another_form_of_an_address_answers_301_to_its_canonical_form_with_the_query_kept(string requested, string canonical)
    {
        using var response = await site.Client().GetAsync(requested);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, Uri.UnescapeDataString(response.Headers.Location!.OriginalString));
    }

    [Fact]
    public async Task The_home_address_of_a_site_that_does_not_exist_yet_is_redirected_only_for_now()
    {
        // A site "xa-sap-co" may be created later: a permanent redirect kept by browsers would then hide its home page.
        using var response = await site.Client().GetAsync("/xa-sap-co/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/xa-sap-co", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/phuong-dong-son/")]
    [InlineData("/")]
    [InlineData("/phuong-dong-son/tin-tuc")]
    [InlineData("/phuong-dong-son/api/content/Article")]
    [InlineData("/phuong-dong-son/admin/login")]
    [InlineData("/_content/GovCms.Themes.Portal/portal.css")]
    public async Task A_canonical_address_and_the_admin_api_and_files_are_not_redirected(string path)
    {
        using var response = await site.Client().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/phuong-dong-son/")]
    [InlineData("/phuong-dong-son/tin-tuc/phuong-dong-son-trien-khai-ke-hoach-chuyen-doi-so-nam-2026")]
    [InlineData("/phuong-dong-son/rss.xml")]
    [InlineData("/phuong-dong-son/sitemap.xml")]
    [InlineData("/robots.txt")]
    [InlineData("/phuong-dong-son/khong-co-trang-nay")]
    [InlineData("/_content/GovCms.Themes.Portal/portal.css")]
    public async Task Head_answers_like_get_without_a_body(string path)
    {
        using var client = site.Client();
        using var get = await client.GetAsync(path);
        var getBody = await get.Content.ReadAsByteArrayAsync();
        using var head = await client.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.ToString(), head.Content.Headers.ContentType?.ToString());
        Assert.NotEmpty(getBody);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }
}
