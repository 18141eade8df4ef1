using GovCms.Content;
using GovCms.Documents.Catalog;
using GovCms.Hosting;
using GovCms.Rendering;
using GovCms.Tenants;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Documents.Public;

/// <summary>The registry page: the filter form, the results and how many each filter value would give.</summary>
public sealed record RegistryPage(RegistryFilter Filter, IReadOnlyDictionary<string, string> Errors, RegistryResult? Result, DocumentLists Lists);

/// <summary>
/// The citizens' pages of the registry (a module controller: 404 where the module is off): <c>/van-ban</c> with its
/// filters and search, <c>/van-ban/{slug}</c>, its QR code, and the RSS feed of new documents (<c>?loai=</c> for one type).
/// Confidential documents never show; documents a site above applies to this one show with their owner.
/// </summary>
[OutputCache(PolicyName = PortalCaching.PolicyName)]
public sealed class DocumentsController(
    DocumentRegistry registry, DocumentCatalog catalog, IContentManager content, DocumentPages pages,
    ITenantScopes scopes, ITenantCatalog tenants, ICurrentTenant current) : Controller
{
    private const string Prefix = "van-ban";

    [HttpGet(Prefix)]
    public async Task<IActionResult> Registry(CancellationToken cancellationToken)
    {
        var lists = await catalog.ForSiteAsync(cancellationToken);
        var (filter, errors) = RegistryFilter.Parse(Request.Query, lists);
        PortalCacheTags.DependOnSitesAbove(HttpContext, current.Required);
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Registry", new RegistryPage(filter, errors, null, lists));
        }

        var result = await registry.ListAsync(filter, lists, cancellationToken);
        if (filter.Page > result.PageCount)
        {
            return NotFound();
        }

        return View("Registry", new RegistryPage(filter, errors, result, lists));
    }

    [HttpGet(Prefix + "/rss.xml")]
    public async Task<IActionResult> Feed(CancellationToken cancellationToken)
    {
        var lists = await catalog.ForSiteAsync(cancellationToken);
        var type = Request.Query[RegistryFilter.TypeKey].ToString();
        string? typeLabel = null;
        if (type.Length > 0 && (typeLabel = lists.TypeLabel(type)) is null)
        {
            return NotFound();
        }

        PortalCacheTags.DependOnSitesAbove(HttpContext, current.Required);
        var identity = SiteIdentity.For(current.Required, tenants);
        var lines = await registry.LatestAsync(type.Length > 0 ? type : null, lists, cancellationToken);
        string Absolute(string path) => TenantUrls.Absolute(Request, TenantUrls.Href(Request, path));
        var query = type.Length > 0 ? $"?{RegistryFilter.TypeKey}={Uri.EscapeDataString(type)}" : "";
        var entries = lines.Select(line => new RssFeed.Entry(
            line.Number.Length > 0 ? $"{line.Number}: {line.Abstract}" : line.Abstract, Absolute($"/{Prefix}/{line.Slug}"),
            string.Join(" – ", new[] { line.Type, line.Issuer, line.Owner is null ? null : $"Của: {line.Owner}" }.Where(t => !string.IsNullOrEmpty(t))),
            DateTime.SpecifyKind(line.IssuedOn.ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc), line.Type)).ToList();
        var title = typeLabel is null ? $"Văn bản - {identity.ShortName}" : $"{typeLabel} - {identity.ShortName}";
        return Content(RssFeed.Write(title, Absolute($"/{Prefix}{query}"), Absolute($"/{Prefix}/rss.xml{query}"),
            $"Văn bản mới ban hành trên cổng thông tin điện tử {identity.FullName}.", entries), RssFeed.ContentType);
    }

    [HttpGet(Prefix + "/{slug}")]
    public async Task<IActionResult> Document(string slug, CancellationToken cancellationToken)
    {
        if (await FindAsync(slug, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        PortalCacheTags.DependOnSitesAbove(HttpContext, current.Required);
        return View("Document", page);
    }

    [HttpGet(Prefix + "/{slug}/qr.png")]
    public async Task<IActionResult> QrCode(string slug, CancellationToken cancellationToken)
    {
        if (await registry.FindAsync(slug, cancellationToken) is null)
        {
            return NotFound();
        }

        PortalCacheTags.DependOnSitesAbove(HttpContext, current.Required);
        var address = TenantUrls.Absolute(Request, TenantUrls.Href(Request, $"/{Prefix}/{slug}"));
        return File(DocumentQrCode.Png(address), "image/png");
    }

    /// <summary>The document's page: this site's own, or one a site above applies here, built in its owner's scope.</summary>
    private async Task<DocumentPage?> FindAsync(string slug, CancellationToken cancellationToken)
    {
        if (await registry.FindAsync(slug, cancellationToken) is not { } row)
        {
            return null;
        }

        var site = current.Required;
        if (row.TenantId == site.Id)
        {
            return await content.GetAsync(row.ContentItemId, VersionOptions.Published, cancellationToken) is { } item
                ? await pages.BuildAsync(item, null, cancellationToken)
                : null;
        }

        if (tenants.Find(row.TenantId) is not { } owner)
        {
            return null;
        }

        return await scopes.RunInAsync(owner.Id, async services =>
            await services.GetRequiredService<IContentManager>().GetAsync(row.ContentItemId, VersionOptions.Published, cancellationToken) is { } shared
                ? await services.GetRequiredService<DocumentPages>().BuildAsync(shared, owner.DisplayName, cancellationToken)
                : null, cancellationToken);
    }
}
