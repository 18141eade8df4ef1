using GovCms.Modules;
using GovCms.Tenants;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Themes;

/// <summary>
/// Where MVC looks for a view of a public page: the tenant's theme, then its base themes, then the
/// module whose controller renders it, then MVC's usual folders. For a module "Contents" and the
/// theme chain Civic → Portal, the view "Article" is looked for at
/// /Themes/Civic/Views/Contents/Article.cshtml, /Themes/Civic/Views/Shared/Article.cshtml,
/// /Themes/Portal/Views/Contents/Article.cshtml, /Themes/Portal/Views/Shared/Article.cshtml,
/// /Views/Contents/Article.cshtml, then /Views/{controller}/Article.cshtml and /Views/Shared/Article.cshtml.
/// Admin pages (under /admin) keep MVC's usual folders only: the public theme and module folders never apply to them.
/// </summary>
internal sealed class ThemeViewLocationExpander(ThemeCatalog themes) : IViewLocationExpander
{
    // Both values are part of MVC's view lookup cache key, so a tenant switching theme gets the new views at once.
    private const string ThemeKey = "theme";
    private const string ModuleKey = "module";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        var http = context.ActionContext.HttpContext;
        if (http.Request.Path.StartsWithSegments("/admin"))
        {
            return;
        }

        var tenant = http.RequestServices.GetRequiredService<ICurrentTenant>().Tenant;
        context.Values[ThemeKey] = themes.Resolve(tenant?.Theme)?.Name ?? "";
        context.Values[ModuleKey] = ModuleControllerConvention.ModuleOf(context.ActionContext.ActionDescriptor);
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        if (!context.Values.TryGetValue(ThemeKey, out var theme))
        {
            return viewLocations;
        }

        context.Values.TryGetValue(ModuleKey, out var module);
        var locations = new List<string>();
        foreach (var manifest in themes.Chain(theme ?? ""))
        {
            if (module is not null)
            {
                locations.Add($"/Themes/{manifest.Name}/Views/{module}/{{0}}.cshtml");
            }

            locations.Add($"/Themes/{manifest.Name}/Views/Shared/{{0}}.cshtml");
        }

        if (module is not null)
        {
            locations.Add($"/Views/{module}/{{0}}.cshtml");
        }

        locations.AddRange(viewLocations);
        return locations;
    }
}
