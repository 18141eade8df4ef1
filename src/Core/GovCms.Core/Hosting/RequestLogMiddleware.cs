using System.Diagnostics;
using GovCms.Tenants;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GovCms.Hosting;

/// <summary>
/// One structured log entry per request: method, path, status, time and tenant as named
/// properties (JSON lines with Logging:Console:FormatterName=json). The status is the one sent: an exception
/// that escapes is answered further out (the exception handler, or the developer page), so it is logged as
/// what that answer will be.
/// </summary>
internal sealed partial class RequestLogMiddleware(RequestDelegate next, ILogger<RequestLogMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, ICurrentTenant currentTenant)
    {
        var started = Stopwatch.GetTimestamp();
        int? escaped = null;
        try
        {
            await next(context);
        }
        catch (Exception exception)
        {
            escaped = StatusOf(context, exception);
            throw;
        }
        finally
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                Log(logger, context.Request.Method, context.Request.PathBase + context.Request.Path, escaped ?? context.Response.StatusCode,
                    Stopwatch.GetElapsedTime(started).TotalMilliseconds, currentTenant.Tenant?.Name ?? "-");
            }
        }
    }

    /// <summary>What the exception handlers answer: once the response has started its status is already sent.</summary>
    private static int StatusOf(HttpContext context, Exception exception) =>
        context.Response.HasStarted ? context.Response.StatusCode
        : exception is BadHttpRequestException badRequest ? badRequest.StatusCode
        : context.RequestAborted.IsCancellationRequested ? StatusCodes.Status499ClientClosedRequest
        : StatusCodes.Status500InternalServerError;

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Method} {Path} {StatusCode} {ElapsedMs:0.0} ms tenant {Tenant}")]
    private static partial void Log(ILogger logger, string method, string path, int statusCode, double elapsedMs, string tenant);
}
