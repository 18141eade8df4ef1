using System.Text.Json.Nodes;
using GovCms.Data;
using GovCms.Tenants;
using GovCms.Text;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Recipes;

/// <summary>Steps that belong to an outer recipe but run in each tenant an inner recipe creates (the "eachTenant" of a "tenants" step).</summary>
public sealed record StepBlock(string Recipe, string Path, JsonArray Steps);

/// <summary>The tenant a recipe ran on (or created), and what it changed.</summary>
public sealed record RecipeRun(TenantContext? Tenant, IReadOnlyList<ProvisioningChange> Changes);

/// <summary>
/// Applies a recipe inside the caller's transaction: creates its tenant (when it has a "tenant" block),
/// then runs its steps in that tenant. Problems throw <see cref="RecipeException"/>, and the caller rolls
/// back. <see cref="TenantProvisioner"/> is the one caller; it gives every provisioning its own scope.
/// </summary>
public sealed class RecipeRunner(
    IServiceProvider services,
    TenantService tenants,
    ITenantCatalog catalog,
    ICurrentTenant currentTenant,
    GovCmsDbContext db,
    RecipeStepPermissions stepPermissions)
{
    /// <summary>The step name under which the permission to create a recipe's tenant is declared.</summary>
    public const string TenantBlock = "tenant";

    private static readonly IReadOnlyDictionary<string, string> NoValues = new Dictionary<string, string>();

    /// <summary>Every tenant created so far in this scope, parents before children.</summary>
    public List<TenantContext> Created { get; } = [];

    /// <summary>When set, every tenant created must be this tenant or below it: what the caller may administer.</summary>
    public int? Within { get; set; }

    /// <summary>Who runs the recipe through the admin; every step then needs their permissions. Null for the host itself.</summary>
    public ProvisioningCaller? Caller { get; set; }

    /// <param name="target">The tenant the steps run on, or, for a recipe that creates a tenant, its parent unless the recipe names one.</param>
    /// <param name="inherited">Values of an outer recipe that steps of <paramref name="then"/> may use.</param>
    public async Task<RecipeRun> RunAsync(
        Recipe recipe, IReadOnlyDictionary<string, string> given, TenantContext? target,
        IReadOnlyDictionary<string, string>? inherited = null, StepBlock? then = null, CancellationToken cancellationToken = default)
    {
        var (values, errors) = RecipeValues.Bind(recipe, given);
        var handlers = RecipeStepCatalog.ByName(services.GetServices<IRecipeStep>());
        errors.AddRange(UnknownSteps(new StepBlock(recipe.Name, "$.steps", recipe.Steps), handlers));
        if (then is not null)
        {
            errors.AddRange(UnknownSteps(then, handlers));
        }

        if (errors.Count > 0)
        {
            throw new RecipeException(errors);
        }

        var scope = new Dictionary<string, string>(inherited ?? NoValues);
        foreach (var (name, value) in values)
        {
            scope[name] = value;
        }

        var changes = new List<ProvisioningChange>();
        var tenant = recipe.Tenant is null ? target : await CreateTenantAsync(recipe, scope, target, changes, cancellationToken);
        tenant = await RunStepsAsync(new StepBlock(recipe.Name, "$.steps", recipe.Steps), handlers, scope, tenant, changes, cancellationToken);
        if (then is not null)
        {
            tenant = await RunStepsAsync(then, handlers, scope, tenant, changes, cancellationToken);
        }

        return new RecipeRun(tenant, changes);
    }

    private async Task<TenantContext> CreateTenantAsync(
        Recipe recipe, IReadOnlyDictionary<string, string> scope, TenantContext? defaultParent, List<ProvisioningChange> changes, CancellationToken cancellationToken)
    {
        var spec = (JsonObject)Fill(recipe.Name, null, null, recipe.Tenant, scope, [], "$.tenant")!;
        string Text(string key) => spec[key]?.GetValue<string>().Trim() ?? "";
        RecipeException Refuse(string key, string message) => new([new RecipeError(recipe.Name, null, null, $"$.tenant.{key}", message)]);

        var displayName = Text("displayName").Normalize();
        var code = Text("name");
        var parent = defaultParent;
        if (Text("parent") is { Length: > 0 } parentCode)
        {
            // The catalog knows every committed tenant; one created earlier in this transaction is only in the database.
            parent = catalog.FindByName(parentCode) ?? await tenants.FindByNameAsync(parentCode, cancellationToken)
                ?? throw Refuse("parent", $"không tìm thấy đơn vị cấp trên có mã \"{parentCode}\".");
        }

        if (Within is int within && (parent is null || !parent.IsSelfOrDescendantOf(within)))
        {
            throw Refuse("parent", $"chỉ được tạo đơn vị thuộc đơn vị đang quản trị; \"{parent?.DisplayName ?? "(không có cấp trên)"}\" không thuộc đơn vị này.");
        }

        if (stepPermissions.Refusal(Caller, TenantBlock) is { } refusal)
        {
            throw new RecipeException([new RecipeError(recipe.Name, null, null, "$.tenant", refusal) { Forbidden = true }]);
        }

        var slug = Text("slug");
        if (slug.Length == 0)
        {
            // Unit names repeat across the country: the second "Xã Xuân Hồng" gets its code in the slug.
            slug = VietnameseText.Slugify(displayName);
            if (code.Length > 0 && await tenants.IsSlugTakenAsync(slug, cancellationToken))
            {
                slug = VietnameseText.Slugify($"{displayName} {code}");
            }
        }

        var outcome = await tenants.CreateAsync(new TenantCreateRequest
        {
            Name = code.Length > 0 ? code : null,
            DisplayName = displayName,
            Slug = slug,
            Level = Text("level"),
            ParentId = parent?.Id,
            UrlPrefix = Text("urlPrefix") switch { "" => null, "/" => "", var prefix => prefix },
            HostNames = (spec["hostNames"]?.AsArray() ?? []).Select(h => h!.GetValue<string>()).ToList(),
        }, Caller, cancellationToken);
        if (!outcome.Succeeded)
        {
            throw new RecipeException(outcome.Errors.Select(e =>
                new RecipeError(recipe.Name, null, null, $"$.tenant.{(e.Key == "parentId" ? "parent" : e.Key)}", e.Value)).ToList());
        }

        var tenant = outcome.Value!;
        Created.Add(tenant);
        currentTenant.Set(tenant);
        var address = string.IsNullOrEmpty(tenant.UrlPrefix) ? "/" : $"/{tenant.UrlPrefix}/";
        var under = parent is null ? "" : $", thuộc {parent.DisplayName}";
        changes.Add(new ProvisioningChange(tenant.Slug, recipe.Name, 0, "tenant", "tenant",
            $"Tạo đơn vị \"{tenant.DisplayName}\" (mã {tenant.Name}, cấp {tenant.Level}{under}), địa chỉ {address}"));
        return tenant;
    }

    private async Task<TenantContext?> RunStepsAsync(
        StepBlock block, IReadOnlyDictionary<string, IRecipeStep> handlers, IReadOnlyDictionary<string, string> scope,
        TenantContext? tenant, List<ProvisioningChange> changes, CancellationToken cancellationToken)
    {
        for (var index = 0; index < block.Steps.Count; index++)
        {
            var path = $"{block.Path}[{index}]";
            var raw = block.Steps[index]!.AsObject();
            var handler = handlers[raw["name"]!.GetValue<string>()];
            if (Refusal(handler, tenant) is { } refusal)
            {
                throw new RecipeException([new RecipeError(block.Recipe, index + 1, handler.Name, path, refusal)]);
            }

            if (stepPermissions.Refusal(Caller, handler.Name) is { } forbidden)
            {
                throw new RecipeException([new RecipeError(block.Recipe, index + 1, handler.Name, path, forbidden) { Forbidden = true }]);
            }

            var step = (JsonObject)Fill(block.Recipe, index + 1, handler.Name, raw, WithTenant(scope, tenant), handler.DeferredProperties, path)!;
            if (tenant is not null)
            {
                currentTenant.Set(tenant);
            }

            var context = new RecipeStepContext(block.Recipe, index + 1, path, step, tenant, scope, currentTenant.Set) { Caller = Caller };
            await handler.ExecuteAsync(context, cancellationToken);
            // What a step read or wrote is saved; the next one starts with an empty change tracker, so its saves
            // only look at what it changes itself (this keeps a site's provisioning fast).
            db.ChangeTracker.Clear();
            changes.AddRange(context.Changes);
            if (context.Errors.Count > 0)
            {
                throw new RecipeException(context.Errors);
            }

            tenant = context.Tenant;
        }

        return tenant;
    }

    private static string? Refusal(IRecipeStep handler, TenantContext? tenant) => (handler, tenant) switch
    {
        ({ NeedsTenant: true }, null) => "bước này cần một đơn vị, nhưng công thức không tạo đơn vị (không có \"tenant\") và không chạy trên đơn vị nào.",
        ({ Feature: { } feature }, { } t) when !t.HasFeature(feature) =>
            $"bước này thuộc tính năng \"{feature}\", đang tắt ở đơn vị \"{t.DisplayName}\". Hãy bật tính năng trong bước \"features\" trước.",
        _ => null,
    };

    private static IEnumerable<RecipeError> UnknownSteps(StepBlock block, IReadOnlyDictionary<string, IRecipeStep> handlers)
    {
        for (var index = 0; index < block.Steps.Count; index++)
        {
            var name = block.Steps[index]?["name"]?.GetValue<string>() ?? "";
            if (!handlers.ContainsKey(name))
            {
                yield return new RecipeError(block.Recipe, index + 1, name, $"{block.Path}[{index}].name",
                    $"không có bước tên \"{name}\". Các bước: {string.Join(", ", handlers.Keys.Order(StringComparer.Ordinal))}.");
            }
        }
    }

    private static IReadOnlyDictionary<string, string> WithTenant(IReadOnlyDictionary<string, string> scope, TenantContext? tenant)
    {
        if (tenant is null)
        {
            return scope;
        }

        return new Dictionary<string, string>(scope)
        {
            ["tenant.slug"] = tenant.Slug,
            ["tenant.name"] = tenant.Name,
            ["tenant.displayName"] = tenant.DisplayName,
            ["tenant.nameInSentence"] = SiteIdentity.InSentence(tenant.DisplayName),
        };
    }

    private static JsonNode? Fill(string recipe, int? step, string? stepName, JsonNode? node, IReadOnlyDictionary<string, string> values, IReadOnlyCollection<string> deferred, string path)
    {
        var unknown = new List<(string Path, string Name)>();
        var filled = RecipeValues.Fill(node, values, deferred, path, unknown);
        return unknown.Count == 0
            ? filled
            : throw new RecipeException(unknown.Select(u => new RecipeError(recipe, step, stepName, u.Path, RecipeValues.UnknownMessage(u.Name))).ToList());
    }
}
