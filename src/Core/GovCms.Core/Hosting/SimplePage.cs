using System.Net;
using System.Text;
using GovCms.Tenants;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Hosting;

/// <summary>A plain accessible page with the tenant's identity header; the portal theme replaces it.</summary>
public static class SimplePage
{
    public static IResult Html(HttpContext http, TenantContext tenant, string title, string bodyHtml)
    {
        var catalog = http.RequestServices.GetRequiredService<ITenantCatalog>();
        var chain = string.Join(" — ", new[] { tenant.DisplayName }.Concat(tenant.AncestorIds.Select(id => catalog.Find(id)?.DisplayName).OfType<string>()));
        var page = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
            .Append(WebUtility.HtmlEncode(title)).Append(" - ").Append(WebUtility.HtmlEncode(tenant.DisplayName)).Append("</title></head><body>")
            .Append("<a href=\"#noi-dung\">Bỏ qua, đến nội dung chính</a><header><p>").Append(WebUtility.HtmlEncode(chain)).Append("</p></header>")
            .Append("<main id=\"noi-dung\">").Append(bodyHtml).Append("</main></body></html>");
        return Results.Content(page.ToString(), "text/html; charset=utf-8");
    }
}
