using GovCms.Tenants;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GovCms.Hosting;

/// <summary>Renders the theme's "Error" view for the current site, outside any controller.</summary>
internal static class ThemedErrorPage
{
    public const string ViewName = "Error";

    /// <returns>The page's HTML, or null when there is no site or its theme cannot render one.</returns>
    public static async Task<string?> RenderAsync(HttpContext context, ErrorPageModel model)
    {
        var services = context.RequestServices;
        if (services.GetService<ICurrentTenant>()?.Tenant is null || services.GetService<ICompositeViewEngine>() is not { } engine)
        {
            return null;
        }

        try
        {
            var actionContext = new ActionContext(context, context.GetRouteData() ?? new RouteData(), new ActionDescriptor());
            var view = engine.FindView(actionContext, ViewName, isMainPage: true);
            if (!view.Success)
            {
                return null;
            }

            var viewData = new ViewDataDictionary<ErrorPageModel>(new EmptyModelMetadataProvider(), new ModelStateDictionary()) { Model = model };
            var tempData = services.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(context);
            await using var writer = new StringWriter();
            var viewContext = new ViewContext(actionContext, view.View, viewData, tempData, writer, new HtmlHelperOptions());
            await view.View.RenderAsync(viewContext);
            return writer.ToString();
        }
        catch (Exception exception)
        {
            // The failure may be in the theme itself (the page that failed used the same layout): the plain page then.
            services.GetService<ILoggerFactory>()?.CreateLogger(typeof(ThemedErrorPage)).LogError(exception, "The themed error page failed to render.");
            return null;
        }
    }
}
