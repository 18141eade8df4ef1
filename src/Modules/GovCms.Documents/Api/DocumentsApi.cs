using GovCms.Content;
using GovCms.Content.Fields;
using GovCms.Content.Indexing;
using GovCms.Documents.Catalog;
using GovCms.Hosting;
using GovCms.Tenants;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Documents.Api;

/// <summary>
/// <c>/api/documents</c>: the site's public registry as JSON (its own published documents and those shared down to it;
/// confidential ones never), with the listing's filters and paging, one document by id, and a lookup by number/symbol.
/// </summary>
internal static class DocumentsApi
{
    public static void Map(IEndpointRouteBuilder publicApi)
    {
        var documents = publicApi.MapGroup("/documents").WithTags("Văn bản");

        documents.MapGet("", async (DocumentCatalog catalog, IContentIndex<DocumentIndex> index, IContentIndex<DocumentFieldIndex> fields, ICurrentTenant current,
            ITenantCatalog tenants, string? type, string? issuer, string? field, string? year, string? validity, string? from, string? to, string? q, int? page, int? pageSize) =>
        {
            var lists = await catalog.ForSiteAsync();
            var errors = new Dictionary<string, string>();
            var filter = DocumentFilter.Parse(lists, type, issuer, field, year, validity, from, to, q, errors);
            if (errors.Count > 0)
            {
                return ApiResults.Invalid(errors);
            }

            var scope = SiteScope.VisibleFrom(current.Required.Id);
            var rows = filter.Order(filter.Apply(index.Query(scope), fields.Query(scope)));
            var result = await index.PageAsync(rows, page ?? 1, pageSize ?? 20);
            return Results.Json(new
            {
                items = result.Items.Select(r => DocumentSummary.From(r, lists, tenants)),
                total = result.Total, page = result.Page, pageSize = result.Size, pageCount = (int)Math.Max(1, (result.Total + result.Size - 1) / result.Size),
            }, ContentJson.Options);
        }).WithName("ListDocuments")
            .WithSummary("Văn bản của cổng và văn bản cấp trên áp dụng cho cấp dưới, mới ban hành trước; lọc theo type, issuer, field, year, validity, from, to (dd/MM/yyyy hoặc yyyy-MM-dd), tìm theo q (số ký hiệu hoặc trích yếu)");

        documents.MapGet("/by-number", async (DocumentCatalog catalog, IContentIndex<DocumentIndex> index, ICurrentTenant current, ITenantCatalog tenants, string? q) =>
        {
            var key = DocumentNumber.Key(q);
            if (key.Length == 0)
            {
                return ApiResults.Invalid(new Dictionary<string, string> { ["q"] = "Hãy nhập số ký hiệu, ví dụ 15/QĐ-UBND." });
            }

            var lists = await catalog.ForSiteAsync();
            var rows = await index.Query(SiteScope.VisibleFrom(current.Required.Id))
                .Where(r => r.NumberKey == key).OrderByDescending(r => r.TenantId == current.Required.Id).ThenByDescending(r => r.IssuedOn).Take(20).ToListAsync();
            return rows.Count == 0
                ? ApiResults.NotFound($"Không có văn bản số {q!.Trim()}.")
                : Results.Json(new { items = rows.Select(r => DocumentSummary.From(r, lists, tenants)) }, ContentJson.Options);
        }).WithName("FindDocumentByNumber").WithSummary("Văn bản theo số ký hiệu, ví dụ ?q=15/QĐ-UBND (không phân biệt hoa thường, có dấu hay không)");

        documents.MapGet("/{id}", async (IContentIndex<DocumentIndex> index, ICurrentTenant current, ITenantCatalog tenants, ITenantScopes scopes, string id) =>
        {
            var row = await index.Query(SiteScope.VisibleFrom(current.Required.Id)).Where(r => r.ContentItemId == id).FirstOrDefaultAsync();
            if (row is null || tenants.Find(row.TenantId) is not { } owner)
            {
                return ApiResults.NotFound("Không tìm thấy văn bản.");
            }

            // The owner's services: its content, its lists (the labels it chose) and its relations.
            var detail = await scopes.RunInAsync(owner.Id, async services =>
            {
                var item = await services.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Published);
                if (item?.Get<DocumentPart>() is not { } part || item.Withheld)
                {
                    return null;
                }

                var lists = await services.GetRequiredService<DocumentCatalog>().ForSiteAsync(owner);
                var relations = await services.GetRequiredService<IContentRelations>().OfAsync(id);
                var visible = await PublicIdsAsync(services.GetRequiredService<IContentIndex<DocumentIndex>>(), owner.Id, relations);
                return DocumentDetail.From(item, part, lists, relations.Select(r => r.External || visible.Contains(r.ContentItemId) ? r : r with { DisplayText = null, Exists = false }).ToList(), owner);
            });
            return detail is null ? ApiResults.NotFound("Không tìm thấy văn bản.") : Results.Json(detail, ContentJson.Options);
        }).WithName("GetDocument").WithSummary("Một văn bản với mọi trường, tệp và văn bản liên quan (hai chiều)");
    }

    /// <summary>The related items a public reader may name: published and not confidential.</summary>
    private static async Task<HashSet<string>> PublicIdsAsync(IContentIndex<DocumentIndex> index, int siteId, IReadOnlyList<ContentRelation> relations)
    {
        var ids = relations.Where(r => !r.External).Select(r => r.ContentItemId).Distinct().ToList();
        return ids.Count == 0 ? [] : (await index.Query(SiteScope.VisibleFrom(siteId)).Where(r => ids.Contains(r.ContentItemId)).Select(r => r.ContentItemId).ToListAsync()).ToHashSet();
    }
}
