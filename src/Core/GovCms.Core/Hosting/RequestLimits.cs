using GovCms.Media;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GovCms.Hosting;

/// <summary>Bound from "GovCms:Limits".</summary>
public sealed class RequestLimitOptions
{
    /// <summary>The largest body of a request that uploads nothing: JSON of the APIs, admin forms (1 MB).</summary>
    public long BodyBytes { get; set; } = 1024 * 1024;

    /// <summary>What a multipart form may carry besides its image (<see cref="MediaOptions.MaxImageBytes"/>).</summary>
    public long FormOverheadBytes { get; set; } = 1024 * 1024;
}

/// <summary>
/// The size of each request body, by endpoint: an endpoint's own <see cref="IRequestSizeLimitMetadata"/> (for example
/// <c>[RequestSizeLimit]</c> or <c>.WithMetadata(new RequestSizeLimitAttribute(n))</c>) when it has one, the media limit
/// for a multipart form (uploads), otherwise <see cref="RequestLimitOptions.BodyBytes"/>. A body over it is answered 413;
/// bad values the framework cannot bind are answered by <see cref="BadRequests"/>, never with a 500.
/// </summary>
public static class RequestLimits
{
    /// <summary>After routing, so the endpoint's own limit is known.</summary>
    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            // Null: the endpoint declared no limit ([DisableRequestSizeLimit]).
            var limit = LimitFor(context);
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } server)
            {
                server.MaxRequestBodySize = limit;
            }

            if (limit is not null)
            {
                if (context.Request.ContentLength > limit)
                {
                    await BadRequests.WriteTooLargeAsync(context, limit.Value);
                    return;
                }

                // The server's own limit does not hold everywhere (a test server, a body already buffered): count here too.
                context.Request.Body = new LimitedReadStream(context.Request.Body, limit.Value);
            }

            try
            {
                await next(context);
            }
            catch (Exception exception) when (!context.Response.HasStarted && BadRequests.Recognize(exception, context.GetEndpoint()) is { } problem)
            {
                await BadRequests.WriteAsync(context, problem, limit);
                return;
            }

            // Minimal APIs answer a body cut off at the limit with a bare 413 instead of throwing.
            if (context.Response.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted && limit is not null)
            {
                await BadRequests.WriteTooLargeAsync(context, limit.Value);
            }
        });

    private static long? LimitFor(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { } declared)
        {
            return declared.MaxRequestBodySize;
        }

        var limits = context.RequestServices.GetRequiredService<IOptions<RequestLimitOptions>>().Value;
        if (context.GetEndpoint()?.Metadata.GetMetadata<MediaUploadAttribute>() is not null)
        {
            return context.RequestServices.GetRequiredService<IOptions<MediaOptions>>().Value.LargestUpload + limits.FormOverheadBytes;
        }

        return context.Request.HasFormContentType && context.Request.ContentType!.Contains("multipart/", StringComparison.OrdinalIgnoreCase)
            ? context.RequestServices.GetRequiredService<IOptions<MediaOptions>>().Value.MaxImageBytes + limits.FormOverheadBytes
            : limits.BodyBytes;
    }
}
