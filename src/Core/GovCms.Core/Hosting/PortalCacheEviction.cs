using GovCms.Content;
using GovCms.Tenants;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Logging;

namespace GovCms.Hosting;

/// <summary>
/// Removes cached pages by tag from the output cache store (memory, or Redis shared by every host). A store that
/// cannot be reached (Redis down) never fails the change that asked: the failure is logged and the pages expire.
/// </summary>
public sealed class PortalCacheEviction(IOutputCacheStore store, ILogger<PortalCacheEviction> logger)
{
    /// <summary>Every cached page of one site: after its content changed.</summary>
    public Task EvictSiteAsync(int tenantId, CancellationToken cancellationToken = default) =>
        EvictAsync(PortalCacheTags.Site(tenantId), cancellationToken);

    /// <summary>Every cached page of a site and of the sites below it: after the site itself changed.</summary>
    public Task EvictTreeAsync(int tenantId, CancellationToken cancellationToken = default) =>
        EvictAsync(PortalCacheTags.Tree(tenantId), cancellationToken);

    private async Task EvictAsync(string tag, CancellationToken cancellationToken)
    {
        try
        {
            await store.EvictByTagAsync(tag, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Could not evict the cached pages tagged {Tag}; they expire on their own.", tag);
        }
    }
}

/// <summary>
/// Sites whose content changed in this scope. The pages are evicted once the change is committed: when the
/// response starts (the work of a request is done by then), or when a background scope ends. Evicting earlier
/// would let a request in between store the old page again.
/// </summary>
internal sealed class PendingEvictions(PortalCacheEviction eviction, IHttpContextAccessor accessor) : IAsyncDisposable, IDisposable
{
    private readonly HashSet<int> _sites = [];
    private bool _hooked;

    public void Mark(int tenantId)
    {
        _sites.Add(tenantId);
        if (!_hooked && accessor.HttpContext is { Response.HasStarted: false } http)
        {
            http.Response.OnStarting(FlushAsync);
            _hooked = true;
        }
    }

    public async Task FlushAsync()
    {
        foreach (var site in _sites.ToList())
        {
            await eviction.EvictSiteAsync(site);
        }

        _sites.Clear();
    }

    public async ValueTask DisposeAsync() => await FlushAsync();

    /// <summary>A scope disposed synchronously (some background code) still evicts what it marked.</summary>
    public void Dispose()
    {
        if (_sites.Count > 0)
        {
            FlushAsync().GetAwaiter().GetResult();
        }
    }
}

/// <summary>Publishing, unpublishing or removing an item changes the pages of its site.</summary>
internal sealed class OutputCacheContentHandler(PendingEvictions pending, ICurrentTenant currentTenant) : IContentHandler
{
    public Task PublishedAsync(ContentContext context) => Mark();

    public Task UnpublishingAsync(ContentContext context) => Mark();

    public Task RemovingAsync(ContentContext context) => Mark();

    private Task Mark()
    {
        if (currentTenant.Tenant is { } tenant)
        {
            pending.Mark(tenant.Id);
        }

        return Task.CompletedTask;
    }
}

/// <summary>
/// A changed site (settings, menu, theme, name, features, place in the tree) changes its pages and those of the
/// sites below it, whose headers name it; its parent's home page lists it.
/// </summary>
internal sealed class OutputCacheTenantListener(PortalCacheEviction eviction) : ITenantChangeListener
{
    public async Task TenantChangedAsync(TenantContext? before, TenantContext? after, CancellationToken cancellationToken)
    {
        if ((after ?? before)?.Id is not int id)
        {
            return;
        }

        await eviction.EvictTreeAsync(id, cancellationToken);
        foreach (var parent in new[] { before?.ParentId, after?.ParentId }.OfType<int>().Distinct())
        {
            await eviction.EvictSiteAsync(parent, cancellationToken);
        }
    }
}
