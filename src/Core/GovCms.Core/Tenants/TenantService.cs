using System.Globalization;
using GovCms.Audit;
using GovCms.Data;
using GovCms.Modules;
using GovCms.Recipes;
using GovCms.Security;
using GovCms.Text;
using GovCms.Themes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GovCms.Tenants;

public sealed record TenantCreateRequest
{
    public string? Name { get; init; }
    public string DisplayName { get; init; } = "";
    public string? Slug { get; init; }
    public string Level { get; init; } = "";
    public int? ParentId { get; init; }
    /// <summary>Null: the slug. Empty: no prefix (reached by host name, or the root).</summary>
    public string? UrlPrefix { get; init; }
    public IReadOnlyList<string> HostNames { get; init; } = [];
    public IReadOnlyList<string> Features { get; init; } = [];
    public string Theme { get; init; } = "Portal";
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();
}

/// <summary>
/// Creates and changes tenants. Every change is one transaction and is seen by the next request; inside a
/// caller's transaction (provisioning), changes join it and reach the catalog once the caller has committed
/// and called <see cref="RefreshCatalogAfterCommitAsync"/>.
/// </summary>
public sealed class TenantService(
    GovCmsDbContext db,
    TenantCatalog catalog,
    ModuleCatalog modules,
    ReservedSegments reserved,
    ThemeCatalog themes,
    IOptions<TenancyOptions> tenancy,
    IAuditLog audit,
    HostNameRules hostNameRules,
    TimeProvider clock)
{
    /// <summary>Tenants changed inside the caller's transaction, in order (parents before children).</summary>
    private readonly List<int> _changedInCallerTransaction = [];
    private readonly Dictionary<int, Guid> _loggedInTransaction = [];

    /// <summary>Creates a tenant as the host itself (command line, demo, tests).</summary>
    public Task<Outcome<TenantContext>> CreateAsync(TenantCreateRequest request, CancellationToken cancellationToken = default) =>
        CreateAsync(request, null, cancellationToken);

    /// <param name="caller">Who asks through the admin; null for the host itself. Only host administrators may give any host name.</param>
    public async Task<Outcome<TenantContext>> CreateAsync(TenantCreateRequest request, ProvisioningCaller? caller, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string>();
        var displayName = request.DisplayName.Trim().Normalize();
        var slug = string.IsNullOrWhiteSpace(request.Slug) ? VietnameseText.Slugify(displayName) : request.Slug.Trim().ToLowerInvariant();
        var name = string.IsNullOrWhiteSpace(request.Name) ? slug : request.Name.Trim();
        var prefix = request.UrlPrefix is null ? slug : request.UrlPrefix.Trim().ToLowerInvariant();

        if (displayName.Length == 0)
        {
            errors["displayName"] = "Vui lòng nhập tên đơn vị.";
        }

        if (slug.Length == 0 || !VietnameseText.IsSlug(slug))
        {
            errors["slug"] = "Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang.";
        }

        if (prefix.Length > 0 && !VietnameseText.IsSlug(prefix))
        {
            errors["urlPrefix"] = $"Tiền tố đường dẫn '{prefix}' không hợp lệ: chỉ gồm chữ thường không dấu, số và dấu gạch ngang.";
        }
        else if (prefix.Length > 0 && reserved.ClashWith(prefix) is { } clash)
        {
            errors["urlPrefix"] = clash;
        }

        var level = tenancy.Value.FindLevel(request.Level);
        // Read from the database, not the catalog: the parent may have been created in the caller's transaction.
        var parent = request.ParentId is int parentId ? await db.Set<Tenant>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == parentId, cancellationToken) : null;
        if (level is null)
        {
            errors["level"] = $"Cấp '{request.Level}' không có trong cấu hình. Các cấp: {string.Join(", ", tenancy.Value.EffectiveLevels.Select(l => l.Name))}.";
        }
        else if (request.ParentId is not null && parent is null)
        {
            errors["parentId"] = $"Không tìm thấy đơn vị cấp trên (mã {request.ParentId}).";
        }
        else if (parent is null && level.Parents.Count > 0)
        {
            errors["parentId"] = $"Đơn vị cấp '{level.DisplayName}' phải có đơn vị cấp trên.";
        }
        else if (parent is not null && !level.Parents.Contains(parent.Level, StringComparer.OrdinalIgnoreCase))
        {
            errors["level"] = $"Đơn vị cấp '{parent.Level}' không thể có đơn vị con cấp '{level.Name}'.";
        }

        var parentChain = parent is null ? [] : (await ContextAsync(parent.Id, cancellationToken)).AncestorIds.Prepend(parent.Id).ToList();
        var (hosts, hostError) = await hostNameRules.CheckAsync(
            request.HostNames, parentChain, anyDomain: caller is null || caller.IsHostAdministrator, exceptTenantId: null, cancellationToken);
        if (hostError is not null)
        {
            errors["hostNames"] = hostError;
        }

        if (prefix.Length == 0 && hosts.Count == 0 && await db.Set<Tenant>().AnyAsync(t => t.UrlPrefix == null && !t.HostNames.Any(), cancellationToken))
        {
            errors["urlPrefix"] = "Đã có trang gốc; đơn vị mới cần tiền tố đường dẫn hoặc tên miền riêng.";
        }

        var theme = themes.Find(request.Theme);
        if (theme is null)
        {
            errors["theme"] = UnknownTheme(request.Theme);
        }

        var features = new List<string>();
        foreach (var feature in modules.AlwaysEnabled.Concat(request.Features))
        {
            var error = CollectFeature(feature, level?.Name ?? "", features);
            if (error is not null)
            {
                errors["features"] = error;
            }
        }

        await CheckUniqueAsync(name, slug, prefix, null, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return Outcome<TenantContext>.Invalid(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var tenant = new Tenant
        {
            Name = name,
            Slug = slug,
            DisplayName = displayName,
            Level = level!.Name,
            ParentId = parent?.Id,
            UrlPrefix = prefix.Length == 0 ? null : prefix,
            Theme = theme!.Name,
            Features = features,
            Settings = request.Settings.ToDictionary(),
            HostNames = hosts.Select(h => new TenantHostName { HostName = h }).ToList(),
            CreatedUtc = now,
            ModifiedUtc = now,
        };

        await using (var transaction = await db.Database.BeginOrJoinTransactionAsync(cancellationToken))
        {
            db.Set<Tenant>().Add(tenant);
            await db.SaveChangesAsync(cancellationToken);
            await TenantTree.AddAsync(db, tenant.Id, tenant.ParentId, cancellationToken);
            using (db.CrossTenantWrites())
            {
                db.Set<TenantRole>().AddRange(BuiltInRolesFor(tenant.Id));
                Audit(tenant, AuditActions.Created, new { tenant.Level, tenant.ParentId, tenant.Features }, inTenantsOwnLog: true);
                LogChange(tenant.Id, TenantChangeKinds.Created);
                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
        return await ChangedAsync(tenant.Id, cancellationToken);
    }

    public async Task<Outcome<TenantContext>> UpdateAsync(int tenantId, string displayName, IReadOnlyDictionary<string, string> settings, string? theme, CancellationToken cancellationToken = default)
    {
        var tenant = await db.Set<Tenant>().SingleOrDefaultAsync(t => t.Id == tenantId, cancellationToken);
        if (tenant is null)
        {
            return Outcome<TenantContext>.NotFound("Không tìm thấy đơn vị.");
        }

        if (string.IsNullOrWhiteSpace(displayName))
        {
            return Outcome<TenantContext>.Invalid("displayName", "Vui lòng nhập tên đơn vị.");
        }

        var newTheme = string.IsNullOrWhiteSpace(theme) ? null : themes.Find(theme);
        if (!string.IsNullOrWhiteSpace(theme) && newTheme is null)
        {
            return Outcome<TenantContext>.Invalid("theme", UnknownTheme(theme));
        }

        var before = SettingsOf(tenant);
        tenant.DisplayName = displayName.Trim().Normalize();
        tenant.Settings = settings.ToDictionary(kv => kv.Key, kv => kv.Value.Normalize());
        tenant.Theme = newTheme?.Name ?? tenant.Theme;
        Audit(tenant, AuditActions.SettingsChanged, new { changes = Changes(before, SettingsOf(tenant)) });
        tenant.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        LogChange(tenantId, TenantChangeKinds.Changed);
        await db.SaveChangesAsync(cancellationToken);
        return await ChangedAsync(tenantId, cancellationToken);
    }

    /// <summary>
    /// Stores one typed settings section of the site (already checked by <see cref="SiteSettingsStore"/>), audited by
    /// field as "{section}.{field}" and seen by every host like any change of the site.
    /// </summary>
    internal async Task<Outcome<TenantContext>> SetSettingSectionAsync(int tenantId, string section, System.Text.Json.Nodes.JsonObject values, CancellationToken cancellationToken = default)
    {
        var tenant = await db.Set<Tenant>().SingleOrDefaultAsync(t => t.Id == tenantId, cancellationToken);
        if (tenant is null)
        {
            return Outcome<TenantContext>.NotFound("Không tìm thấy đơn vị.");
        }

        var before = tenant.SettingSections.GetValueOrDefault(section) ?? [];
        var changes = before.Select(p => p.Key).Union(values.Select(p => p.Key)).Order(StringComparer.Ordinal)
            .Select(key => (Key: key, Before: before[key]?.ToJsonString(), After: values[key]?.ToJsonString()))
            .Where(c => c.Before != c.After)
            .Select(c => new FieldChange($"{section}.{c.Key}", c.Before, c.After))
            .ToList();
        tenant.SettingSections = new(tenant.SettingSections) { [section] = (System.Text.Json.Nodes.JsonObject)values.DeepClone() };
        Audit(tenant, AuditActions.SettingsChanged, new { changes });
        tenant.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        LogChange(tenantId, TenantChangeKinds.Changed);
        await db.SaveChangesAsync(cancellationToken);
        return await ChangedAsync(tenantId, cancellationToken);
    }

    /// <summary>Replaces the site's main navigation; a menu with any bad entry is refused whole and the old one kept.</summary>
    public async Task<Outcome<TenantContext>> SetMenuAsync(int tenantId, IReadOnlyList<MenuEntryInput> entries, CancellationToken cancellationToken = default)
    {
        var (menu, errors) = MenuRules.Check(entries);
        if (errors.Count > 0)
        {
            return Outcome<TenantContext>.Invalid(errors);
        }

        var tenant = await db.Set<Tenant>().SingleOrDefaultAsync(t => t.Id == tenantId, cancellationToken);
        if (tenant is null)
        {
            return Outcome<TenantContext>.NotFound("Không tìm thấy đơn vị.");
        }

        tenant.Menu = menu;
        tenant.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        Audit(tenant, AuditActions.MenuChanged, new { entries = menu.Count });
        LogChange(tenantId, TenantChangeKinds.Changed);
        await db.SaveChangesAsync(cancellationToken);
        return await ChangedAsync(tenantId, cancellationToken);
    }

    /// <summary>Enabling a feature enables what it needs; disabling one that others need is refused.</summary>
    public async Task<Outcome<TenantContext>> SetFeatureAsync(int tenantId, string featureId, bool enabled, CancellationToken cancellationToken = default)
    {
        var tenant = await db.Set<Tenant>().SingleOrDefaultAsync(t => t.Id == tenantId, cancellationToken);
        var module = modules.Find(featureId);
        if (tenant is null)
        {
            return Outcome<TenantContext>.NotFound("Không tìm thấy đơn vị.");
        }

        if (module is null)
        {
            return Outcome<TenantContext>.Invalid("feature", $"Không có tính năng '{featureId}'.");
        }

        var features = tenant.Features.ToList();
        if (enabled)
        {
            var error = CollectFeature(module.Manifest.Id, tenant.Level, features);
            if (error is not null)
            {
                return Outcome<TenantContext>.Invalid("feature", error);
            }
        }
        else
        {
            if (module.Manifest.AlwaysEnabled)
            {
                return Outcome<TenantContext>.Invalid("feature", $"Tính năng '{module.Manifest.Name}' là tính năng lõi, không thể tắt.");
            }

            var dependents = modules.Dependents(module.Manifest.Id, features);
            if (dependents.Count > 0)
            {
                var names = dependents.Select(d => modules.Find(d)!.Manifest.Name);
                return Outcome<TenantContext>.Invalid("feature", $"Không thể tắt '{module.Manifest.Name}' vì các tính năng sau đang cần: {string.Join(", ", names)}.");
            }

            features.RemoveAll(f => string.Equals(f, module.Manifest.Id, StringComparison.OrdinalIgnoreCase));
        }

        tenant.Features = features;
        tenant.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        Audit(tenant, enabled ? AuditActions.FeatureEnabled : AuditActions.FeatureDisabled, new { feature = module.Manifest.Id });
        LogChange(tenantId, TenantChangeKinds.Changed);
        await db.SaveChangesAsync(cancellationToken);
        return await ChangedAsync(tenantId, cancellationToken);
    }

    public async Task<Outcome<TenantContext>> SetStateAsync(int tenantId, TenantState state, int? successorId, CancellationToken cancellationToken = default)
    {
        var tenant = await db.Set<Tenant>().SingleOrDefaultAsync(t => t.Id == tenantId, cancellationToken);
        if (tenant is null)
        {
            return Outcome<TenantContext>.NotFound("Không tìm thấy đơn vị.");
        }

        if (state == TenantState.Retired && (successorId is not int id || id == tenantId || !await db.Set<Tenant>().AnyAsync(t => t.Id == id, cancellationToken)))
        {
            return Outcome<TenantContext>.Invalid("successorId", "Đơn vị đã sáp nhập phải có đơn vị kế thừa hợp lệ.");
        }

        Audit(tenant, AuditActions.StateChanged, new { before = tenant.State.ToString(), after = state.ToString(), successorId });
        tenant.State = state;
        tenant.SuccessorId = state == TenantState.Retired ? successorId : null;
        tenant.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        LogChange(tenantId, TenantChangeKinds.State);
        await db.SaveChangesAsync(cancellationToken);
        return await ChangedAsync(tenantId, cancellationToken);
    }

    /// <summary>Puts a tenant (and everything below it) under another parent of a level it may sit under.</summary>
    public async Task<Outcome<TenantContext>> MoveAsync(int tenantId, int newParentId, CancellationToken cancellationToken = default)
    {
        var tenant = await db.Set<Tenant>().SingleOrDefaultAsync(t => t.Id == tenantId, cancellationToken);
        var parent = await db.Set<Tenant>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == newParentId, cancellationToken);
        if (tenant is null || parent is null)
        {
            return Outcome<TenantContext>.NotFound("Không tìm thấy đơn vị.");
        }

        if ((await ContextAsync(newParentId, cancellationToken)).IsSelfOrDescendantOf(tenantId))
        {
            return Outcome<TenantContext>.Invalid("parentId", $"Không thể chuyển \"{tenant.DisplayName}\" vào chính nó hoặc vào một đơn vị cấp dưới của nó.");
        }

        if (tenancy.Value.FindLevel(tenant.Level) is not { } level || !level.Parents.Contains(parent.Level, StringComparer.OrdinalIgnoreCase))
        {
            return Outcome<TenantContext>.Invalid("parentId", $"Đơn vị cấp '{parent.Level}' không thể có đơn vị con cấp '{tenant.Level}'.");
        }

        tenant.ParentId = newParentId;
        await TenantTree.MoveAsync(db, tenantId, newParentId, cancellationToken);
        tenant.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        LogChange(tenantId, TenantChangeKinds.Moved);
        await db.SaveChangesAsync(cancellationToken);
        return await ChangedAsync(tenantId, cancellationToken);
    }

    /// <summary>A tenant by its unique name (the unit code), also one created in the caller's transaction.</summary>
    public async Task<TenantContext?> FindByNameAsync(string name, CancellationToken cancellationToken = default)
    {
        var id = await db.Set<Tenant>().Where(t => t.Name == name).Select(t => (int?)t.Id).SingleOrDefaultAsync(cancellationToken);
        return id is int found ? await ContextAsync(found, cancellationToken) : null;
    }

    /// <summary>Whether a slug is already some tenant's slug or URL prefix, or a path the host uses itself.</summary>
    public async Task<bool> IsSlugTakenAsync(string slug, CancellationToken cancellationToken = default) =>
        reserved.Contains(slug) || await db.Set<Tenant>().AnyAsync(t => t.Slug == slug || t.UrlPrefix == slug, cancellationToken);

    /// <summary>After the caller's transaction committed: the tenants it changed are read into the catalog.</summary>
    public async Task RefreshCatalogAfterCommitAsync(CancellationToken cancellationToken = default)
    {
        foreach (var tenantId in _changedInCallerTransaction)
        {
            await catalog.RefreshAsync(tenantId, cancellationToken);
        }

        _changedInCallerTransaction.Clear();
    }

    /// <summary>After the caller's transaction rolled back: nothing it changed reaches the catalog.</summary>
    public void ForgetUncommittedChanges() => _changedInCallerTransaction.Clear();

    /// <summary>
    /// The outcome of a stored change. On its own the change is committed, so the catalog is refreshed now;
    /// inside a caller's transaction the catalog waits for the commit and the outcome is read from the database.
    /// </summary>
    private async Task<Outcome<TenantContext>> ChangedAsync(int tenantId, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            await catalog.RefreshAsync(tenantId, cancellationToken);
            return Outcome<TenantContext>.Ok(catalog.Find(tenantId)!);
        }

        if (!_changedInCallerTransaction.Contains(tenantId))
        {
            _changedInCallerTransaction.Add(tenantId);
        }

        return Outcome<TenantContext>.Ok(await ContextAsync(tenantId, cancellationToken));
    }

    /// <summary>A tenant as the database holds it now, within the current transaction, with its ancestors.</summary>
    public async Task<TenantContext> ContextAsync(int tenantId, CancellationToken cancellationToken)
    {
        var tenant = await db.Set<Tenant>().AsNoTracking().Include(t => t.HostNames).SingleAsync(t => t.Id == tenantId, cancellationToken);
        var ancestors = new List<int>();
        for (var id = tenant.ParentId; id is int current && !ancestors.Contains(current);)
        {
            // A committed parent has its chain in the catalog; a parent created in this transaction is read from the database.
            if (catalog.Find(current) is { } known)
            {
                ancestors.Add(current);
                ancestors.AddRange(known.AncestorIds);
                break;
            }

            ancestors.Add(current);
            id = await ParentIdAsync(current, cancellationToken);
        }

        return TenantCatalog.ToContext(tenant, ancestors);
    }

    private Task<int?> ParentIdAsync(int tenantId, CancellationToken cancellationToken) =>
        db.Set<Tenant>().Where(t => t.Id == tenantId).Select(t => t.ParentId).SingleOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Records a change of a tenant in the log of the site the change is made from (a parent's administrator
    /// changing a site below sees it in the parent's log); a new tenant's creation goes to its own log.
    /// </summary>
    private void Audit(Tenant tenant, string action, object details, bool inTenantsOwnLog = false) =>
        audit.Add(new AuditEvent(AuditCategories.Tenant, action, tenant.Id.ToString(CultureInfo.InvariantCulture), tenant.DisplayName)
        {
            Details = details,
            TenantId = inTenantsOwnLog ? tenant.Id : null,
        });

    /// <summary>Tells every running host of the change (<see cref="TenantChangePoller"/>), in the same transaction as the change.</summary>
    private void LogChange(int tenantId, string kind)
    {
        // One row a tenant and transaction is enough (provisioning changes a new site a dozen times in one): hosts
        // reload the whole tenant once it commits.
        if (db.Database.CurrentTransaction?.TransactionId is Guid transaction)
        {
            if (_loggedInTransaction.TryGetValue(tenantId, out var logged) && logged == transaction)
            {
                return;
            }

            _loggedInTransaction[tenantId] = transaction;
        }

        db.Set<TenantChange>().Add(new TenantChange { TenantId = tenantId, Kind = kind, ChangedUtc = clock.GetUtcNow().UtcDateTime });
    }

    private static Dictionary<string, string> SettingsOf(Tenant tenant) =>
        new(tenant.Settings) { ["displayName"] = tenant.DisplayName, ["theme"] = tenant.Theme };

    private static IEnumerable<FieldChange> Changes(Dictionary<string, string> before, Dictionary<string, string> after) =>
        before.Keys.Union(after.Keys).Order(StringComparer.Ordinal)
            .Where(key => before.GetValueOrDefault(key) != after.GetValueOrDefault(key))
            .Select(key => new FieldChange(key, before.GetValueOrDefault(key), after.GetValueOrDefault(key)));

    private string UnknownTheme(string name) =>
        $"Không có giao diện '{name}'. Các giao diện: {string.Join(", ", themes.Themes.Select(t => $"{t.Name} ({t.DisplayName})"))}.";

    private string? CollectFeature(string featureId, string level, List<string> features)
    {
        if (modules.Find(featureId) is null)
        {
            return $"Không có tính năng '{featureId}'.";
        }

        foreach (var id in modules.WithDependencies(featureId))
        {
            var manifest = modules.Find(id)!.Manifest;
            if (!manifest.IsAllowedAt(level))
            {
                return $"Tính năng '{manifest.Name}' không dùng được ở cấp '{level}'.";
            }

            if (!features.Contains(id, StringComparer.OrdinalIgnoreCase))
            {
                features.Add(id);
            }
        }

        return null;
    }

    private async Task CheckUniqueAsync(string name, string slug, string prefix, int? exceptId, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        var clashes = await db.Set<Tenant>()
            .Where(t => t.Id != exceptId && (t.Name == name || t.Slug == slug || (prefix.Length > 0 && t.UrlPrefix == prefix)))
            .Select(t => new { t.Name, t.Slug, t.UrlPrefix })
            .ToListAsync(cancellationToken);
        if (clashes.Any(t => t.Name == name))
        {
            errors["name"] = $"Mã đơn vị '{name}' đã tồn tại.";
        }

        if (clashes.Any(t => t.Slug == slug))
        {
            errors["slug"] = $"Đường dẫn '{slug}' đã được đơn vị khác dùng.";
        }

        if (prefix.Length > 0 && clashes.Any(t => t.UrlPrefix == prefix))
        {
            errors["urlPrefix"] = $"Tiền tố '{prefix}' đã được đơn vị khác dùng.";
        }
    }

    private IEnumerable<TenantRole> BuiltInRolesFor(int tenantId) =>
        BuiltInRoles.All.Select(role => new TenantRole
        {
            TenantId = tenantId,
            Name = role.Name,
            DisplayName = role.DisplayName,
            Permissions = modules.Permissions
                .Where(p => role.Name == BuiltInRoles.Administrator || p.DefaultRoles.Contains(role.Name))
                .Select(p => new RolePermission { TenantId = tenantId, Permission = p.Name })
                .ToList(),
        });
}
