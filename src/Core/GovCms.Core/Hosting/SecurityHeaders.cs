using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace GovCms.Hosting;

/// <summary>
/// The security headers of every response: pages, API, static files, media and error pages alike. They are added
/// when the response starts, so an answer written later (the exception handler, status code pages) has them too.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Scripts only from the site's own files (no inline script, no inline event handler, no eval); images from the
    /// site and data: URIs; styles from the site, and style attributes, which cannot run code.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'; " +
        "img-src 'self' data:; style-src 'self' 'unsafe-inline'";

    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    /// <summary>One year, for this host name only (a site's own host names each get it when served over HTTPS).</summary>
    public const string StrictTransportSecurity = "max-age=31536000";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.TryAdd(HeaderNames.ContentSecurityPolicy, ContentSecurityPolicy);
                headers.TryAdd(HeaderNames.XContentTypeOptions, "nosniff");
                headers.TryAdd(HeaderNames.XFrameOptions, "SAMEORIGIN");
                headers.TryAdd("Referrer-Policy", ReferrerPolicy);
                headers.TryAdd("Permissions-Policy", PermissionsPolicy);
                if (context.Request.IsHttps)
                {
                    headers.TryAdd(HeaderNames.StrictTransportSecurity, StrictTransportSecurity);
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
}
