using GovCms.Content.Parts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Content.Public;

/// <summary>
/// Matches only the route prefix of a type the engine's generic pages serve, so their routes take no other first
/// segment of a site (a module's own pages, unknown paths and redirects are left alone).
/// </summary>
internal sealed class PublicContentPrefix : IRouteConstraint
{
    public const string Name = "publicContentPrefix";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        httpContext is not null && values.TryGetValue(routeKey, out var value) && value is string prefix &&
        httpContext.RequestServices.GetRequiredService<ContentTypeCatalog>().All
            .Any(t => !t.Settings.OwnPublicPages && string.Equals(t.RoutePrefix, prefix, StringComparison.OrdinalIgnoreCase));
}
