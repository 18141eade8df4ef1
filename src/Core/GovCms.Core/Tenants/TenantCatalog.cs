using System.Collections.Concurrent;
using GovCms.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tenants;

/// <summary>
/// Every tenant in memory, looked up without locks or allocations on the request path.
/// Writers (tenant changes) take a lock and replace immutable <see cref="TenantContext"/>s,
/// so a change is seen by the next request without a restart.
/// </summary>
public sealed class TenantCatalog(IServiceScopeFactory scopeFactory) : ITenantCatalog
{
    private readonly ConcurrentDictionary<int, TenantContext> _byId = new();
    private readonly ConcurrentDictionary<string, TenantContext> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, TenantContext> _byHost = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, TenantContext> _byPrefix = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<int, ConcurrentDictionary<int, byte>> _children = new();
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private volatile TenantContext? _root;

    public int Count => _byId.Count;
    public TenantContext? Root => _root;

    public TenantContext? Find(int id) => _byId.GetValueOrDefault(id);
    public TenantContext? FindByName(string name) => _byName.GetValueOrDefault(name);
    public TenantContext? FindByHost(string hostName) => _byHost.GetValueOrDefault(hostName);
    public TenantContext? FindByPrefix(string urlPrefix) => _byPrefix.GetValueOrDefault(urlPrefix);

    /// <summary>Looks a prefix up from a slice of the request path, without allocating a string.</summary>
    public TenantContext? FindByPrefix(ReadOnlySpan<char> urlPrefix) =>
        _byPrefix.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(urlPrefix, out var tenant) ? tenant : null;

    public IReadOnlyList<TenantContext> Children(int parentId) =>
        _children.TryGetValue(parentId, out var ids)
            ? ids.Keys.Select(Find).OfType<TenantContext>().OrderBy(t => t.DisplayName, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false)).ToList()
            : [];

    /// <summary>
    /// The change log up to this id is in the catalog for sure; later changes are read by <see cref="TenantChangePoller"/>.
    /// Set when loading, below the changes of the last <see cref="TenantChangeCursor.Window"/>, which may still have been committing.
    /// </summary>
    public long ChangesReadUpTo { get; private set; }

    public async Task LoadAllAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GovCmsDbContext>();
        var recent = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime - TenantChangeCursor.Window;
        ChangesReadUpTo = await db.Set<TenantChange>().Where(c => c.ChangedUtc < recent).MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0;
        var tenants = await db.Set<Tenant>().AsNoTracking().Include(t => t.HostNames).ToListAsync(cancellationToken);
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            _byId.Clear();
            _byName.Clear();
            _byHost.Clear();
            _byPrefix.Clear();
            _children.Clear();
            _root = null;
            var byId = tenants.ToDictionary(t => t.Id);
            foreach (var tenant in tenants)
            {
                Index(ToContext(tenant, AncestorsOf(tenant.ParentId, id => byId.GetValueOrDefault(id)?.ParentId)));
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async Task RefreshAsync(int tenantId, CancellationToken cancellationToken = default)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GovCmsDbContext>();
        // Read under the lock: two refreshes of one site (this host's own after a save, the change poller's after
        // an earlier change) must not install an older read over a newer one.
        await _writeLock.WaitAsync(cancellationToken);
        TenantContext? old;
        try
        {
            var tenant = await db.Set<Tenant>().AsNoTracking().Include(t => t.HostNames).SingleOrDefaultAsync(t => t.Id == tenantId, cancellationToken);
            old = _byId.GetValueOrDefault(tenantId);
            if (tenant is null)
            {
                if (old is not null)
                {
                    Unindex(old);
                }
            }
            else
            {
                Replace(old, ToContext(tenant, AncestorsOf(tenant.ParentId, id => Find(id)?.ParentId)));
                ReindexDescendants(tenantId);
            }
        }
        finally
        {
            _writeLock.Release();
        }

        foreach (var listener in scope.ServiceProvider.GetServices<ITenantChangeListener>())
        {
            await listener.TenantChangedAsync(old, Find(tenantId), cancellationToken);
        }
    }

    /// <summary>A moved tenant changes the ancestor chain of everything below it.</summary>
    private void ReindexDescendants(int parentId)
    {
        foreach (var child in Children(parentId))
        {
            Index(child with { AncestorIds = AncestorsOf(child.ParentId, id => Find(id)?.ParentId) });
            ReindexDescendants(child.Id);
        }
    }

    /// <summary>
    /// Puts the new context of a tenant in place of its old one, then drops the keys only the old one had (a former
    /// host name, prefix or parent): readers never find the tenant missing while it is being replaced.
    /// </summary>
    private void Replace(TenantContext? old, TenantContext updated)
    {
        Index(updated);
        if (old is null)
        {
            return;
        }

        if (!string.Equals(old.Name, updated.Name, StringComparison.OrdinalIgnoreCase))
        {
            _byName.TryRemove(old.Name, out _);
        }

        foreach (var host in old.HostNames.Except(updated.HostNames, StringComparer.OrdinalIgnoreCase))
        {
            _byHost.TryRemove(host, out _);
        }

        if (!string.IsNullOrEmpty(old.UrlPrefix) && !string.Equals(old.UrlPrefix, updated.UrlPrefix, StringComparison.OrdinalIgnoreCase))
        {
            _byPrefix.TryRemove(old.UrlPrefix, out _);
        }

        if (old.ParentId is int oldParent && old.ParentId != updated.ParentId && _children.TryGetValue(oldParent, out var siblings))
        {
            siblings.TryRemove(old.Id, out _);
        }

        if (_root?.Id == updated.Id && !(updated.IsRoot && updated.ParentId is null))
        {
            _root = null;
        }
    }

    private static IReadOnlyList<int> AncestorsOf(int? parentId, Func<int, int?> parentOf)
    {
        var chain = new List<int>();
        for (var id = parentId; id is int current && !chain.Contains(current); id = parentOf(current))
        {
            chain.Add(current);
        }

        return chain;
    }

    /// <summary>Adds or replaces one tenant in the lookups; callers hold the write lock (tests build catalogs with it directly).</summary>
    internal void Index(TenantContext tenant)
    {
        _byId[tenant.Id] = tenant;
        _byName[tenant.Name] = tenant;
        foreach (var host in tenant.HostNames)
        {
            _byHost[host] = tenant;
        }

        if (!string.IsNullOrEmpty(tenant.UrlPrefix))
        {
            _byPrefix[tenant.UrlPrefix] = tenant;
        }

        if (tenant.ParentId is int parentId)
        {
            _children.GetOrAdd(parentId, _ => new())[tenant.Id] = 0;
        }

        if (tenant.IsRoot && tenant.ParentId is null)
        {
            _root = tenant;
        }
    }

    private void Unindex(TenantContext tenant)
    {
        _byId.TryRemove(tenant.Id, out _);
        _byName.TryRemove(tenant.Name, out _);
        foreach (var host in tenant.HostNames)
        {
            _byHost.TryRemove(host, out _);
        }

        if (!string.IsNullOrEmpty(tenant.UrlPrefix))
        {
            _byPrefix.TryRemove(tenant.UrlPrefix, out _);
        }

        if (tenant.ParentId is int parentId && _children.TryGetValue(parentId, out var siblings))
        {
            siblings.TryRemove(tenant.Id, out _);
        }

        if (_root?.Id == tenant.Id)
        {
            _root = null;
        }
    }

    internal static TenantContext ToContext(Tenant tenant, IReadOnlyList<int> ancestors) => new()
    {
        Id = tenant.Id,
        Name = tenant.Name,
        Slug = tenant.Slug,
        DisplayName = tenant.DisplayName,
        Level = tenant.Level,
        ParentId = tenant.ParentId,
        UrlPrefix = tenant.UrlPrefix,
        HostNames = tenant.HostNames.Select(h => h.HostName).ToList(),
        State = tenant.State,
        SuccessorId = tenant.SuccessorId,
        Features = tenant.Features.ToHashSet(StringComparer.OrdinalIgnoreCase),
        Theme = tenant.Theme,
        Settings = tenant.Settings,
        SettingSections = tenant.SettingSections.ToDictionary(s => s.Key, s => s.Value.ToJsonString()),
        Menu = tenant.Menu,
        AncestorIds = ancestors,
    };
}
