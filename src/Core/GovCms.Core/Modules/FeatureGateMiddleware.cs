using GovCms.Hosting;
using GovCms.Tenants;
using Microsoft.AspNetCore.Http;

namespace GovCms.Modules;

/// <summary>An endpoint of a module that is off on the current tenant answers 404, as if it did not exist.</summary>
internal sealed class FeatureGateMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, ICurrentTenant currentTenant)
    {
        var feature = context.GetEndpoint()?.Metadata.GetMetadata<RequiresFeatureAttribute>();
        if (feature is not null && currentTenant.Tenant?.HasFeature(feature.FeatureId) != true)
        {
            return ErrorPages.WriteAsync(context, StatusCodes.Status404NotFound);
        }

        return next(context);
    }
}
