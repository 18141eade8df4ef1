using System.IO.Compression;
using GovCms.Content;
using GovCms.Tenants;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace GovCms.Hosting;

/// <summary>
/// How public pages are served fast: compression, one canonical address, HEAD, long-lived static assets,
/// validators with 304, and an output cache for anonymous visitors evicted per site when something changes.
/// </summary>
public static class PortalCaching
{
    /// <summary>The output cache policy of public pages: <c>[OutputCache(PolicyName = PortalCaching.PolicyName)]</c>.</summary>
    public const string PolicyName = "Portal";

    private static readonly string[] CompressedTypes =
        [.. ResponseCompressionDefaults.MimeTypes, "application/rss+xml", "application/problem+json", "image/svg+xml", "application/manifest+json"];

    /// <summary>The output cache of public pages, in memory, or in Redis when <paramref name="redis"/> is given (hosts then share it).</summary>
    public static IServiceCollection AddPortalCaching(this IServiceCollection services, IConfiguration configuration, RedisConnection? redis)
    {
        var options = configuration.GetSection("GovCms:OutputCache").Get<PortalCacheOptions>() ?? new PortalCacheOptions();
        var expiry = TimeSpan.FromSeconds(redis is null ? options.MemoryExpirySeconds : options.RedisExpirySeconds);
        options.Expiry = expiry;
        services.AddSingleton(options);
        services.AddSingleton<PortalFragments>();
        services.AddOutputCache(cache =>
        {
            cache.SizeLimit = options.MemorySizeLimitBytes;
            // A base policy: the cache runs before routing, so it cannot read an endpoint's policy when a request
            // arrives; the endpoint's [OutputCache(PolicyName = ...)] is read when the response is stored instead.
            var policy = new PortalCachePolicy(options, expiry, TimeProvider.System);
            cache.AddBasePolicy(policy);
            cache.AddPolicy(PolicyName, policy);
        });
        if (redis is not null)
        {
            services.AddStackExchangeRedisOutputCache(store =>
            {
                store.ConnectionMultiplexerFactory = () => Task.FromResult(redis.Multiplexer);
                store.InstanceName = "govcms:";
            });
        }

        services.AddSingleton<PortalCacheEviction>();
        services.AddScoped<PendingEvictions>();
        services.AddScoped<IContentHandler, OutputCacheContentHandler>();
        services.AddSingleton<ITenantChangeListener, OutputCacheTenantListener>();

        services.AddResponseCompression(compression =>
        {
            compression.EnableForHttps = true;
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
            compression.MimeTypes = CompressedTypes;
        });
        services.Configure<BrotliCompressionProviderOptions>(brotli => brotli.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(gzip => gzip.Level = CompressionLevel.Fastest);

        // Theme assets linked with asp-append-version carry ?v={hash}: a changed file gets a new address.
        services.Configure<StaticFileOptions>(files => files.OnPrepareResponse = context =>
            context.Context.Response.Headers[HeaderNames.CacheControl] = context.Context.Request.Query.ContainsKey("v")
                ? "public, max-age=31536000, immutable"
                : "no-cache");
        return services;
    }

    /// <summary>
    /// First in the pipeline: HEAD as GET, and compression of everything but the admin (whose pages carry
    /// antiforgery tokens, which compression over HTTPS would expose to BREACH).
    /// </summary>
    public static IApplicationBuilder UsePortalResponses(this IApplicationBuilder app)
    {
        app.UseMiddleware<HeadAsGetMiddleware>();
        return app.UseWhen(context => !IsAdminPath(context.Request.Path), branch => branch.UseResponseCompression());
    }

    /// <summary>Before tenant resolution: 301 to the canonical form of a public address.</summary>
    public static IApplicationBuilder UseCanonicalAddresses(this IApplicationBuilder app) => app.UseMiddleware<CanonicalAddressMiddleware>();

    /// <summary>
    /// Right after tenant resolution, so a stored page is answered without routing, authentication or the rest of the
    /// pipeline; requests with a sign-in cookie are never looked up (<see cref="PortalCachePolicy"/>).
    /// </summary>
    public static IApplicationBuilder UsePortalOutputCache(this IApplicationBuilder app) => app.UseOutputCache();

    /// <summary>After authentication: the validators of public pages (inside the output cache, so stored with them).</summary>
    public static IApplicationBuilder UsePageValidators(this IApplicationBuilder app) => app.UseMiddleware<PageValidatorsMiddleware>();

    /// <summary>Whether the endpoint is a public page under the portal policy.</summary>
    public static bool IsPortalPage(Endpoint? endpoint) =>
        endpoint?.Metadata.GetMetadata<OutputCacheAttribute>()?.PolicyName == PolicyName;

    /// <summary>"/admin..." or "/{prefix}/admin...", and the admin API.</summary>
    private static bool IsAdminPath(PathString path)
    {
        var value = path.Value.AsSpan();
        var second = value.Length > 1 ? value[1..].IndexOf('/') : -1;
        return IsAdmin(value) || (second >= 0 && IsAdmin(value[(second + 1)..]));

        static bool IsAdmin(ReadOnlySpan<char> path) => StartsWithSegment(path, "/admin") || StartsWithSegment(path, "/api/admin");

        static bool StartsWithSegment(ReadOnlySpan<char> path, string segment) =>
            path.StartsWith(segment, StringComparison.OrdinalIgnoreCase) && (path.Length == segment.Length || path[segment.Length] == '/');
    }
}
