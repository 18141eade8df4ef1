using System.Text.Json;
using GovCms.Tenants;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Logging;

namespace GovCms.Hosting;

/// <summary>
/// Pieces of public pages (the home page's lists, an article's related news) kept in the output cache store
/// with the same tags as the pages, so they are evicted with them on every change, shared through Redis the
/// same way, and expire alike. Pages that are not served from the output cache (signed-in people, a page
/// whose entry expired) then render without asking the database for what did not change.
/// </summary>
public sealed class PortalFragments(IOutputCacheStore store, PortalCacheOptions options, ILogger<PortalFragments> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The stored fragment, or what <paramref name="create"/> makes, stored unless it is null (nothing found is never kept).</summary>
    public async Task<T> GetOrCreateAsync<T>(TenantContext tenant, string key, Func<Task<T>> create, CancellationToken cancellationToken = default)
    {
        if (!options.Fragments)
        {
            return await create();
        }

        var storeKey = $"fragment:{tenant.Id}:{key}";
        try
        {
            if (await store.GetAsync(storeKey, cancellationToken) is { } stored && JsonSerializer.Deserialize<T>(stored, Json) is { } found)
            {
                return found;
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "The cached fragment {Key} could not be read.", storeKey);
        }

        var value = await create();
        if (value is null)
        {
            return value;
        }

        try
        {
            await store.SetAsync(storeKey, JsonSerializer.SerializeToUtf8Bytes(value, Json), PortalCacheTags.For(tenant).ToArray(), options.Expiry, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "The fragment {Key} could not be cached.", storeKey);
        }

        return value;
    }
}
