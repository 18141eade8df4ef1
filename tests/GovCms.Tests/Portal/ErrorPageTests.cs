using System.Net;
using GovCms.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Portal;

/// <summary>A site whose public pages fail when asked with ?hong=1, as a bug would make them.</summary>
public sealed class FailingPageSite : SqliteSite
{
    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.Configure<MvcOptions>(options => options.Filters.Add(new FailOnRequest()));

    private sealed class FailOnRequest : IActionFilter
    {
        public void OnActionExecuting(ActionExecutingContext context)
        {
            if (context.HttpContext.Request.Query.ContainsKey("hong"))
            {
                throw new InvalidOperationException("Lỗi thử nghiệm với dữ liệu nội bộ SECRET-STACK");
            }
        }

        public void OnActionExecuted(ActionExecutedContext context) { }
    }
}

/// <summary>Error pages of a site look like the site: its name, menu, search and a way home; no technical details.</summary>
public sealed class ErrorPageTests(FailingPageSite site) : IClassFixture<FailingPageSite>
{
    [Theory]
    [InlineData("/phuong-dong-son/khong-co-trang-nay")]
    [InlineData("/phuong-dong-son/tin-tuc/khong-co-bai-nay")]
    public async Task A_missing_page_is_a_404_in_the_sites_theme_with_a_way_home_and_a_search(string path)
    {
        using var response = await site.Client().GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Contains("Ủy ban nhân dân phường Đông Sơn", Html.Text(Html.Element(html, "header")));
        Assert.Contains("<nav class=\"site-nav\"", html);
        Assert.Contains("<h1 class=\"page-title\">Không tìm thấy trang</h1>", html);
        Assert.Contains("<a href=\"/phuong-dong-son/\">Về trang chủ</a>", html);
        Assert.Contains("action=\"/phuong-dong-son/tim-kiem\"", Html.Element(html, "main"));
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", html);
        Assert.Contains("<footer", html);
    }

    [Fact]
    public async Task A_failing_page_is_a_500_in_the_sites_theme_without_the_exception()
    {
        using var response = await site.Client().GetAsync("/phuong-dong-son/tin-tuc?hong=1");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Contains("<h1 class=\"page-title\">Lỗi hệ thống</h1>", html);
        Assert.Contains("Ủy ban nhân dân phường Đông Sơn", Html.Text(Html.Element(html, "header")));
        Assert.Contains("<a href=\"/phuong-dong-son/\">Về trang chủ</a>", html);
        Assert.DoesNotContain("SECRET-STACK", html);
        Assert.DoesNotContain("InvalidOperationException", html);
        Assert.DoesNotContain(" at ", Html.Text(Html.Element(html, "main")));
    }

    [Fact]
    public async Task The_api_still_answers_problem_details()
    {
        using var response = await site.Client().GetAsync("/phuong-dong-son/api/content/Article/khong-co");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
