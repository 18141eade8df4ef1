using System.IO.Pipelines;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace GovCms.Hosting;

/// <summary>
/// HEAD is answered like GET without the body: the request runs as a GET (same endpoint, same headers, same
/// output cache entry), what it writes is dropped, and the server sees HEAD again when the response starts.
/// </summary>
internal sealed class HeadAsGetMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        var body = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        context.Request.Method = HttpMethods.Get;
        context.Response.OnStarting(() =>
        {
            context.Request.Method = HttpMethods.Head;
            return Task.CompletedTask;
        });
        context.Features.Set<IHttpResponseBodyFeature>(new DiscardedBody(body));
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set(body);
            context.Request.Method = HttpMethods.Head;
        }
    }

    private sealed class DiscardedBody(IHttpResponseBodyFeature inner) : IHttpResponseBodyFeature
    {
        public Stream Stream => Stream.Null;

        public PipeWriter Writer { get; } = PipeWriter.Create(Stream.Null);

        public void DisableBuffering() => inner.DisableBuffering();

        public Task StartAsync(CancellationToken cancellationToken = default) => inner.StartAsync(cancellationToken);

        public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) =>
            inner.StartAsync(cancellationToken);

        public Task CompleteAsync() => inner.CompleteAsync();
    }
}
