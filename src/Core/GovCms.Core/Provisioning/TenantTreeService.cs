using GovCms.Content;
using GovCms.Data;
using GovCms.Modules;
using GovCms.Redirects;
using GovCms.Security;
using GovCms.Tenants;
using GovCms.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Provisioning;

/// <summary>What a tree operation changed (or in a dry run would change), or why it changed nothing.</summary>
public sealed record TreeOperationResult(bool DryRun, IReadOnlyList<string> Changes, Outcome Outcome)
{
    public bool Succeeded => Outcome.Succeeded;

    /// <summary>Why nothing changed, by field ("code", "parentCode", ...).</summary>
    public IReadOnlyDictionary<string, string> Errors => Outcome.Errors;
}

/// <summary>What happens to the accounts of a retired unit.</summary>
public enum RetiredUsers
{
    /// <summary>They move to the successor and keep the roles it has of the same name.</summary>
    Move,
    Disable,
}

/// <summary>
/// Changes to the tree of units: moving a unit under another parent, and retiring merged units into their
/// successor (the 2025 reform). Each operation is one transaction; a dry run reports what would change and
/// keeps nothing. Retiring moves the unit's content into the successor, titled with the former unit's name
/// (an item whose slug the successor already uses gets the unit's slug added, and its old address is kept
/// as a redirect), lets modules move their rows, moves or disables its users, and leaves the unit retired:
/// its addresses answer 301 to the successor.
/// </summary>
public sealed class TenantTreeService(IServiceScopeFactory scopeFactory, ModuleCatalog modules)
{
    public Task<TreeOperationResult> MoveAsync(string code, string newParentCode, bool dryRun, CancellationToken cancellationToken = default) =>
        InTransactionAsync(dryRun, async (services, changes, errors) =>
        {
            var tenants = services.GetRequiredService<TenantService>();
            var tenant = await FindAsync(tenants, code, "code", errors, cancellationToken);
            var parent = await FindAsync(tenants, newParentCode, "parent", errors, cancellationToken);
            if (tenant is null || parent is null)
            {
                return;
            }

            var outcome = await tenants.MoveAsync(tenant.Id, parent.Id, cancellationToken);
            if (!outcome.Succeeded)
            {
                errors["parent"] = string.Join(" ", outcome.Errors.Values);
                return;
            }

            var from = tenant.ParentId is int oldParent ? (await tenants.ContextAsync(oldParent, cancellationToken)).DisplayName : "(không có cấp trên)";
            changes.Add($"Chuyển {tenant.DisplayName} (mã {tenant.Name}) từ {from} sang {parent.DisplayName}.");
        }, cancellationToken);

    public Task<TreeOperationResult> RetireAsync(
        IReadOnlyList<string> codes, string successorCode, RetiredUsers users, bool dryRun, CancellationToken cancellationToken = default) =>
        InTransactionAsync(dryRun, async (services, changes, errors) =>
        {
            var tenants = services.GetRequiredService<TenantService>();
            var successor = await FindAsync(tenants, successorCode, "into", errors, cancellationToken);
            var retiring = new List<TenantContext>();
            foreach (var code in codes.Distinct())
            {
                if (await FindAsync(tenants, code, $"codes.{code}", errors, cancellationToken) is { } tenant)
                {
                    retiring.Add(tenant);
                }
            }

            if (successor is null || errors.Count > 0)
            {
                return;
            }

            foreach (var problem in await RefusalsAsync(services.GetRequiredService<GovCmsDbContext>(), retiring, successor, cancellationToken))
            {
                errors[problem.Key] = problem.Value;
            }

            if (errors.Count > 0)
            {
                return;
            }

            foreach (var retired in retiring)
            {
                await RetireOneAsync(services, retired, successor, users, changes, cancellationToken);
            }
        }, cancellationToken);

    private static async Task<Dictionary<string, string>> RefusalsAsync(GovCmsDbContext db, List<TenantContext> retiring, TenantContext successor, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        if (successor.State != TenantState.Running || retiring.Any(t => t.Id == successor.Id))
        {
            errors["into"] = $"Đơn vị kế thừa \"{successor.DisplayName}\" phải đang hoạt động và không nằm trong các đơn vị bị sáp nhập.";
        }

        foreach (var tenant in retiring.Where(t => t.State == TenantState.Retired))
        {
            errors[$"codes.{tenant.Name}"] = $"\"{tenant.DisplayName}\" đã sáp nhập rồi.";
        }

        var retiringIds = retiring.Select(t => t.Id).ToList();
        foreach (var tenant in retiring)
        {
            var children = await db.Set<Tenant>().Where(t => t.ParentId == tenant.Id && t.State != TenantState.Retired && !retiringIds.Contains(t.Id))
                .Select(t => t.DisplayName).ToListAsync(cancellationToken);
            if (children.Count > 0)
            {
                errors[$"codes.{tenant.Name}"] = $"\"{tenant.DisplayName}\" còn đơn vị cấp dưới: {string.Join(", ", children)}. Hãy chuyển hoặc sáp nhập các đơn vị đó trước.";
            }
        }

        return errors;
    }

    private async Task RetireOneAsync(
        IServiceProvider services, TenantContext retired, TenantContext successor, RetiredUsers users, List<string> changes, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<GovCmsDbContext>();
        var tenants = services.GetRequiredService<TenantService>();
        var redirects = new Dictionary<string, string>();
        using (db.CrossTenantWrites())
        {
            var scopes = services.GetRequiredService<ITenantScopes>();
            await MoveContentAsync(scopes, retired, successor, redirects, changes, cancellationToken);
            foreach (var handler in services.GetServices<ITenantRetirementHandler>())
            {
                await handler.RetireAsync(retired, successor, changes.Add, cancellationToken);
            }

            await MoveUsersAsync(db, scopes, retired, successor, users, changes, cancellationToken);
            var store = services.GetRequiredService<RedirectStore>();
            foreach (var (from, to) in redirects)
            {
                await store.AddAsync(retired.Id, from, to, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
        await tenants.SetStateAsync(retired.Id, TenantState.Retired, successor.Id, cancellationToken);
        changes.Add($"{retired.DisplayName} (mã {retired.Name}) sáp nhập vào {successor.DisplayName}: mọi địa chỉ cũ chuyển hướng (301) sang {successor.DisplayName}.");
    }

    /// <summary>Content items and all their versions become the successor's, titled with the former unit's name.</summary>
    private async Task MoveContentAsync(
        ITenantScopes scopes, TenantContext retired, TenantContext successor, Dictionary<string, string> redirects, List<string> changes, CancellationToken cancellationToken)
    {
        var taken = (await scopes.Query<ContentItemRecord>(SiteScope.Site(successor.Id)).Select(i => i.Slug).ToListAsync(cancellationToken)).ToHashSet();
        var items = await scopes.Query<ContentItemRecord>(SiteScope.Site(retired.Id)).OrderBy(i => i.CreatedUtc).ToListAsync(cancellationToken);
        foreach (var item in items)
        {
            var slug = item.Slug;
            for (var n = 1; taken.Contains(slug); n++)
            {
                slug = VietnameseText.Slugify(n == 1 ? $"{item.Slug} {retired.Slug}" : $"{item.Slug} {retired.Slug} {n}");
            }

            taken.Add(slug);
            var title = Labelled(item.DisplayText, retired);
            var versions = await scopes.Query<ContentVersionRecord>(SiteScope.Site(retired.Id)).Where(v => v.ContentItemId == item.Id).ToListAsync(cancellationToken);
            foreach (var version in versions)
            {
                version.TenantId = successor.Id;
                version.Slug = slug;
                version.DisplayText = Labelled(version.DisplayText, retired);
            }

            var prefix = modules.ContentTypes.FirstOrDefault(t => t.Name == item.ContentType)?.RoutePrefix;
            if (prefix is not null && slug != item.Slug)
            {
                redirects[$"/{prefix}/{item.Slug}"] = $"/{prefix}/{slug}";
            }

            var address = prefix is null ? "" : $": /{prefix}/{item.Slug} → {TenantUrls.BasePath(successor)}/{prefix}/{slug}";
            changes.Add($"Chuyển \"{item.DisplayText}\" sang {successor.DisplayName} với tiêu đề \"{title}\"{address}");
            item.TenantId = successor.Id;
            item.Slug = slug;
            item.DisplayText = title;
            item.SearchText = VietnameseText.Fold(title).ToLowerInvariant();
            item.ConcurrencyStamp = Guid.NewGuid().ToString("N");
        }
    }

    private static async Task MoveUsersAsync(
        GovCmsDbContext db, ITenantScopes scopes, TenantContext retired, TenantContext successor, RetiredUsers mode, List<string> changes, CancellationToken cancellationToken)
    {
        var successorRoles = await scopes.Query<TenantRole>(SiteScope.Site(successor.Id)).ToDictionaryAsync(r => r.Name, cancellationToken);
        var retiredRoles = await scopes.Query<TenantRole>(SiteScope.Site(retired.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        foreach (var user in await db.Users.Where(u => u.TenantId == retired.Id).ToListAsync(cancellationToken))
        {
            // A new stamp ends the user's sessions: they were signed in on the retired site.
            user.SecurityStamp = Guid.NewGuid().ToString();
            if (mode == RetiredUsers.Disable)
            {
                user.IsDisabled = true;
                changes.Add($"Khóa tài khoản {user.UserName} của {retired.DisplayName}.");
                continue;
            }

            var kept = new List<string>();
            foreach (var membership in await scopes.Query<UserRole>(SiteScope.Site(retired.Id)).Where(ur => ur.UserId == user.Id).ToListAsync(cancellationToken))
            {
                if (retiredRoles.TryGetValue(membership.RoleId, out var role) && successorRoles.TryGetValue(role.Name, out var same))
                {
                    membership.RoleId = same.Id;
                    membership.TenantId = successor.Id;
                    kept.Add(same.Name);
                }
                else
                {
                    db.Remove(membership);
                }
            }

            user.TenantId = successor.Id;
            changes.Add($"Chuyển tài khoản {user.UserName} sang {successor.DisplayName} ({(kept.Count == 0 ? "không có vai trò" : "vai trò " + string.Join(", ", kept))}).");
        }
    }

    /// <summary>"Giới thiệu (Xã Xuân Hồng)": says where an item came from once it sits among the successor's.</summary>
    private static string Labelled(string title, TenantContext retired)
    {
        var label = $" ({retired.DisplayName})";
        return title.EndsWith(label, StringComparison.Ordinal) ? title : title[..Math.Min(title.Length, 300 - label.Length)] + label;
    }

    private static async Task<TenantContext?> FindAsync(TenantService tenants, string code, string field, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        var tenant = await tenants.FindByNameAsync(code, cancellationToken);
        if (tenant is null)
        {
            errors[field] = $"Không có đơn vị mã \"{code}\".";
        }

        return tenant;
    }

    private async Task<TreeOperationResult> InTransactionAsync(
        bool dryRun, Func<IServiceProvider, List<string>, Dictionary<string, string>, Task> operation, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GovCmsDbContext>();
        var tenants = scope.ServiceProvider.GetRequiredService<TenantService>();
        var changes = new List<string>();
        var errors = new Dictionary<string, string>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await operation(scope.ServiceProvider, changes, errors);
        if (dryRun || errors.Count > 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            tenants.ForgetUncommittedChanges();
            return new TreeOperationResult(dryRun, errors.Count > 0 ? [] : changes, errors.Count > 0 ? Outcome.Invalid(errors) : Outcome.Ok());
        }

        await transaction.CommitAsync(cancellationToken);
        await tenants.RefreshCatalogAfterCommitAsync(cancellationToken);
        return new TreeOperationResult(false, changes, Outcome.Ok());
    }
}
