using System.Net;
using System.Text;
using GovCms.Content;
using GovCms.Contents.Categories;
using GovCms.Hosting;
using GovCms.Tenants;
using GovCms.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GovCms.Contents.Endpoints;

/// <summary>Public pages of articles, pages and categories.</summary>
internal static class ContentPublicPages
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/tin-tuc", async (HttpContext http, IContentManager manager, ICurrentTenant tenant, int? page) =>
        {
            var result = await manager.ListPublishedAsync(new ContentQuery(ContentsModule.Article.Name, Page: page ?? 1));
            return Listing(http, tenant.Required, "Tin tức", result);
        });

        routes.MapGet("/tin-tuc/{slug}", (HttpContext http, IContentManager manager, ICurrentTenant tenant, string slug) =>
            ItemPageAsync(http, manager, tenant.Required, ContentsModule.Article, slug));

        routes.MapGet("/trang/{slug}", (HttpContext http, IContentManager manager, ICurrentTenant tenant, string slug) =>
            ItemPageAsync(http, manager, tenant.Required, ContentsModule.Page, slug));

        routes.MapGet("/chuyen-muc/{slug}", async (HttpContext http, CategoryService categories, ICurrentTenant tenant, string slug, int? page) =>
        {
            if (await categories.FindAsync(slug) is not { } category)
            {
                return Results.NotFound();
            }

            return Listing(http, tenant.Required, category.Name, await categories.ListPublishedAsync(slug, page ?? 1, 20));
        });
    }

    private static async Task<IResult> ItemPageAsync(HttpContext http, IContentManager manager, TenantContext tenant, ContentTypeDefinition type, string slug)
    {
        if (await manager.GetPublishedBySlugAsync(type.Name, slug) is not { } item)
        {
            return Results.NotFound();
        }

        var body = new StringBuilder();
        body.Append("<article><h1>").Append(Encode(item.DisplayText)).Append("</h1>");
        if (item.PublishedUtc is DateTime date)
        {
            body.Append("<p><time datetime=\"").Append(date.ToString("O")).Append("\">").Append(VietnamTime.FormatDate(date)).Append("</time></p>");
        }

        if (item.Get<SummaryPart>() is { Text.Length: > 0 } summary)
        {
            body.Append("<p><strong>").Append(Encode(summary.Text)).Append("</strong></p>");
        }

        if (item.Get<ImagePart>() is { Url.Length: > 0 } image)
        {
            body.Append("<img src=\"").Append(Encode(image.Url)).Append("\" alt=\"").Append(Encode(image.Alt ?? "")).Append("\">");
        }

        body.Append(item.Get<MarkdownBodyPart>()?.Html).Append("</article>");
        return SimplePage.Html(http, tenant, item.DisplayText, body.ToString());
    }

    private static IResult Listing(HttpContext http, TenantContext tenant, string title, ContentPage page)
    {
        var body = new StringBuilder().Append("<h1>").Append(Encode(title)).Append("</h1>");
        if (page.Items.Count == 0)
        {
            body.Append("<p>Chưa có bài viết nào.</p>");
        }

        body.Append("<ul>");
        foreach (var item in page.Items)
        {
            var prefix = item.ContentType == ContentsModule.Page.Name ? "trang" : "tin-tuc";
            body.Append("<li><a href=\"").Append(Encode($"{http.Request.PathBase}/{prefix}/{item.Slug}")).Append("\">")
                .Append(Encode(item.DisplayText)).Append("</a></li>");
        }

        body.Append("</ul>");
        if (page.PageCount > 1)
        {
            body.Append("<nav aria-label=\"Phân trang\"><p>Trang ").Append(page.Page).Append(" / ").Append(page.PageCount).Append("</p>");
            if (page.Page > 1)
            {
                body.Append("<a href=\"?page=").Append(page.Page - 1).Append("\">Trang trước</a> ");
            }

            if (page.Page < page.PageCount)
            {
                body.Append("<a href=\"?page=").Append(page.Page + 1).Append("\">Trang sau</a>");
            }

            body.Append("</nav>");
        }

        return SimplePage.Html(http, tenant, title, body.ToString());
    }

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");
}
