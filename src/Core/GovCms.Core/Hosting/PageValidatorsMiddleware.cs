using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace GovCms.Hosting;

/// <summary>
/// Gives every public page an ETag (a hash of its bytes), a Last-Modified (when it was rendered) and
/// "Cache-Control: no-cache", and answers 304 when the browser's copy is current. It runs inside the output
/// cache, so a stored page keeps its validators and the cache answers 304 for it without rendering.
/// </summary>
internal sealed class PageValidatorsMiddleware(RequestDelegate next, TimeProvider clock)
{
    private const int MemoryThreshold = 1024 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) || !PortalCaching.IsPortalPage(context.GetEndpoint()))
        {
            await next(context);
            return;
        }

        var response = context.Response;
        var original = response.Body;
        await using var buffer = new HashingBuffer();
        response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
        }

        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey(HeaderNames.ETag))
        {
            await buffer.DrainAsync(original, context.RequestAborted);
            return;
        }

        var etag = new EntityTagHeaderValue($"\"{buffer.Hash()}\"", isWeak: true);
        var headers = response.GetTypedHeaders();
        headers.ETag = etag;
        headers.LastModified ??= clock.GetUtcNow();
        response.Headers.CacheControl = context.User.Identity?.IsAuthenticated == true ? "private, no-cache" : "no-cache";
        // A page the output cache is about to store goes out whole (the cache answers 304 for it from now on).
        var storing = context.Features.Get<IOutputCacheFeature>()?.Context.AllowCacheStorage == true;
        var ifNoneMatch = context.Request.GetTypedHeaders().IfNoneMatch;
        if (!storing && ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false)))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            response.Headers.ContentLength = null;
            response.Headers.ContentType = default;
            return;
        }

        response.ContentLength = buffer.Length;
        await buffer.DrainAsync(original, context.RequestAborted);
    }

    /// <summary>Keeps what the page writes (in pooled memory) and hashes it on the way.</summary>
    private sealed class HashingBuffer : Stream
    {
        private readonly FileBufferingWriteStream _buffer = new(MemoryThreshold);
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _buffer.Length;
        public override long Position { get => _buffer.Length; set => throw new NotSupportedException(); }

        public string Hash() => WebEncoders.Base64UrlEncode(_hash.GetHashAndReset(), 0, 16);

        public Task DrainAsync(Stream destination, CancellationToken cancellationToken) => _buffer.DrainBufferAsync(destination, cancellationToken);

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _hash.AppendData(buffer);
            _buffer.Write(buffer);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _hash.AppendData(buffer.Span);
            return _buffer.WriteAsync(buffer, cancellationToken);
        }

        public override void Flush() { }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override async ValueTask DisposeAsync()
        {
            _hash.Dispose();
            await _buffer.DisposeAsync();
            await base.DisposeAsync();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _hash.Dispose();
                _buffer.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
