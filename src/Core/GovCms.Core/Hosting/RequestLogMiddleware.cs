using System.Diagnostics;
using GovCms.Tenants;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GovCms.Hosting;

/// <summary>
/// One structured log entry per request: method, path, status, time and tenant as named
/// properties (JSON lines with Logging:Console:FormatterName=json).
/// </summary>
internal sealed partial class RequestLogMiddleware(RequestDelegate next, ILogger<RequestLogMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, ICurrentTenant currentTenant)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                Log(logger, context.Request.Method, context.Request.PathBase + context.Request.Path, context.Response.StatusCode,
                    Stopwatch.GetElapsedTime(started).TotalMilliseconds, currentTenant.Tenant?.Name ?? "-");
            }
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Method} {Path} {StatusCode} {ElapsedMs:0.0} ms tenant {Tenant}")]
    private static partial void Log(ILogger logger, string method, string path, int statusCode, double elapsedMs, string tenant);
}
