using Microsoft.AspNetCore.Routing;

namespace GovCms.Modules;

/// <summary>The route groups a module maps into, already gated by its feature.</summary>
/// <param name="Public">Public pages, relative to the tenant's base path.</param>
/// <param name="PublicApi">Public JSON API under /api.</param>
/// <param name="Admin">Admin pages under /admin; sign-in required.</param>
/// <param name="AdminApi">Admin JSON API under /api/admin; sign-in required.</param>
public sealed record ModuleEndpoints(
    IEndpointRouteBuilder Public,
    IEndpointRouteBuilder PublicApi,
    IEndpointRouteBuilder Admin,
    IEndpointRouteBuilder AdminApi);
