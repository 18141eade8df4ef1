using GovCms.Content.Parts;
using GovCms.Hosting;
using GovCms.Tenants;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace GovCms.Content.Public;

/// <summary>
/// The engine's public pages of every type that has a route prefix and whose module does not serve it itself
/// (<see cref="ContentTypeSettings.OwnPublicPages"/>): <c>/{prefix}</c> lists the site's published items and
/// <c>/{prefix}/{slug}</c> shows one, composed of its parts' displays. 404 where the type's module is off.
/// </summary>
[OutputCache(PolicyName = PortalCaching.PolicyName)]
public sealed class PublicContentController(ContentTypeCatalog types, PublicContentPages pages, ContentViews views, ICurrentTenant current) : Controller
{
    [HttpGet("{prefix:" + PublicContentPrefix.Name + "}")]
    public async Task<IActionResult> List(string prefix, int page = 1, CancellationToken cancellationToken = default)
    {
        if (TypeOf(prefix) is not { } type || await pages.ListAsync(type, page, cancellationToken) is not { } listing)
        {
            return NotFound();
        }

        DependOnSitesAbove();
        return View(views.Find(type, ContentViews.List), listing);
    }

    [HttpGet("{prefix:" + PublicContentPrefix.Name + "}/{slug}")]
    public async Task<IActionResult> Item(string prefix, string slug, CancellationToken cancellationToken = default)
    {
        if (TypeOf(prefix) is not { } type || await pages.FindAsync(type, slug, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        DependOnSitesAbove();
        return View(views.Find(type, ContentViews.Item), item);
    }

    private ContentTypeDefinition? TypeOf(string prefix) =>
        types.EnabledFor(current.Required).FirstOrDefault(t => !t.Settings.OwnPublicPages && string.Equals(t.RoutePrefix, prefix, StringComparison.OrdinalIgnoreCase));

    private void DependOnSitesAbove() => PortalCacheTags.DependOnSitesAbove(HttpContext, current.Required);
}
