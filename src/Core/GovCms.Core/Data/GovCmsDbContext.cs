using System.Linq.Expressions;
using System.Reflection;
using GovCms.Security;
using GovCms.Tenants;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace GovCms.Data;

/// <summary>
/// The one database context of the host. Modules add their entities through
/// <see cref="IModelContributor"/>; every <see cref="ITenantOwned"/> entity gets the tenant
/// query filter here, so no query can forget it.
/// </summary>
public sealed class GovCmsDbContext(
    DbContextOptions<GovCmsDbContext> options,
    ICurrentTenant currentTenant,
    IEnumerable<IModelContributor> contributors,
    ModelSignature signature,
    DatabaseOptions databaseOptions) : IdentityUserContext<GovCmsUser>(options)
{
    public const string TenantFilter = "Tenant";

    private bool _crossTenantWrites;

    /// <summary>The id the tenant filter compares with; 0 (no tenant) matches no row.</summary>
    internal int CurrentTenantId => currentTenant.Tenant?.Id ?? 0;

    public DatabaseProvider Provider => databaseOptions.Provider;

    /// <summary>What this host's model is built from (see <see cref="IModelContributor.ModelKey"/>).</summary>
    internal string ModelKey => signature.Key;

    /// <summary>
    /// Allows writing rows of other tenants until disposed: for host-level work such as provisioning
    /// and merging tenants. Queries stay filtered; read across tenants through ITenantScopes with a SiteScope.
    /// </summary>
    public IDisposable CrossTenantWrites()
    {
        _crossTenantWrites = true;
        return new Scope(() => _crossTenantWrites = false);
    }

    /// <summary>Every DateTime is UTC; SQLite hands them back unspecified, which JSON would show as local time.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        if (Provider == DatabaseProvider.Sqlite)
        {
            configurationBuilder.Properties<bool>().HaveConversion<int>();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<GovCmsUser>().IsHostLevel();
        builder.Entity<IdentityUserClaim<string>>().IsHostLevel();
        builder.Entity<IdentityUserLogin<string>>().IsHostLevel();
        builder.Entity<IdentityUserToken<string>>().IsHostLevel();

        foreach (var contributor in contributors)
        {
            contributor.Configure(builder, databaseOptions.Provider);
        }

        var apply = typeof(GovCmsDbContext).GetMethod(nameof(ApplyTenantFilter), BindingFlags.NonPublic | BindingFlags.Instance)!;
        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType)))
        {
            apply.MakeGenericMethod(entityType.ClrType).Invoke(this, [builder]);
        }
    }

    private void ApplyTenantFilter<TEntity>(ModelBuilder builder) where TEntity : class, ITenantOwned
    {
        Expression<Func<TEntity, bool>> filter = e => e.TenantId == CurrentTenantId;
        builder.Entity<TEntity>().HasQueryFilter(TenantFilter, filter);
        builder.Entity<TEntity>().HasIndex(e => e.TenantId);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var autoDetect = StampTenant();
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var autoDetect = StampTenant();
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    /// <summary>
    /// Detects changes once, refuses changes to append-only rows, stamps and checks the tenant of every written
    /// row, and turns automatic detection off for the save that follows (it would detect the same changes
    /// again); returns the setting to restore.
    /// </summary>
    private bool StampTenant()
    {
        var autoDetect = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.DetectChanges();
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            RefuseChangesToAppendOnly();
            foreach (var entry in ChangeTracker.Entries<ITenantOwned>())
            {
                StampAndCheck(entry);
            }
        }
        catch
        {
            ChangeTracker.AutoDetectChangesEnabled = autoDetect;
            throw;
        }

        return autoDetect;
    }

    private void StampAndCheck(EntityEntry<ITenantOwned> entry)
    {
        if (entry.State == EntityState.Added && entry.Entity.TenantId == 0)
        {
            // Through the entry, so the change tracker sees it without detecting changes again.
            entry.Property(e => e.TenantId).CurrentValue = CurrentTenantId != 0
                ? CurrentTenantId
                : throw new InvalidOperationException($"{entry.Metadata.ClrType.Name} is tenant-owned but no tenant is set.");
        }

        var changed = entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted;
        if (changed && !_crossTenantWrites && entry.Entity.TenantId != CurrentTenantId)
        {
            throw new InvalidOperationException(
                $"Refused to write {entry.Metadata.ClrType.Name} of tenant {entry.Entity.TenantId} from tenant {CurrentTenantId}.");
        }
    }

    private void RefuseChangesToAppendOnly()
    {
        if (ChangeTracker.Entries<IAppendOnly>().FirstOrDefault(e => e.State is EntityState.Modified or EntityState.Deleted) is { } entry)
        {
            throw new InvalidOperationException($"{entry.Metadata.ClrType.Name} is append-only: its rows cannot be changed or removed.");
        }
    }

    private sealed class Scope(Action onDispose) : IDisposable
    {
        public void Dispose() => onDispose();
    }
}
