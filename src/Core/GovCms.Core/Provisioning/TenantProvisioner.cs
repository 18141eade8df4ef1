using GovCms.Data;
using GovCms.Recipes;
using GovCms.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Provisioning;

public sealed record ProvisioningRequest
{
    /// <summary>The name of a recipe of the library ("commune")...</summary>
    public string? Recipe { get; init; }

    /// <summary>...or the recipe itself, e.g. one exported from another site.</summary>
    public string? RecipeJson { get; init; }

    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>The parent of the new tenant when the recipe does not name one (the API: the site it is called on).</summary>
    public int? ParentId { get; init; }

    /// <summary>When set, every tenant the recipe creates must be this tenant or below it.</summary>
    public int? Within { get; init; }

    /// <summary>Runs everything, reports it, and rolls it back: a preview that checks as much as the real thing.</summary>
    public bool DryRun { get; init; }

    /// <summary>
    /// Who asks through the admin (API or page); null for the host itself (command line, demo). A caller may only
    /// run recipes that create a site (never change their own), and each step needs their permissions.
    /// </summary>
    public ProvisioningCaller? Caller { get; init; }
}

/// <summary>What a provisioning created (or, in a dry run, would create), or why it created nothing.</summary>
/// <param name="Tenants">The tenants created, parents first; in a dry run as they would have been (their ids are not kept).</param>
public sealed record ProvisioningResult(
    string Recipe, bool DryRun, IReadOnlyList<TenantContext> Tenants, IReadOnlyList<ProvisioningChange> Changes, IReadOnlyList<RecipeError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static ProvisioningResult Failed(string recipe, bool dryRun, IReadOnlyList<RecipeError> errors) => new(recipe, dryRun, [], [], errors);
}

/// <summary>
/// The one way to provision: the REST API, the CLI import and the demo all come here. A provisioning runs
/// a recipe (creating a tenant and running all its steps, or a whole network of them) in ONE database
/// transaction in its own service scope, so it exists completely or not at all; the tenant catalog learns
/// of the new tenants only after the commit.
/// </summary>
public sealed class TenantProvisioner(IServiceScopeFactory scopeFactory, RecipeLibrary library, ITenantCatalog catalog)
{
    public const string UploadedRecipe = "(công thức gửi lên)";

    public async Task<ProvisioningResult> ProvisionAsync(ProvisioningRequest request, CancellationToken cancellationToken = default)
    {
        var (recipe, errors) = request.RecipeJson is { } json ? library.Read(json, UploadedRecipe) : library.Get(request.Recipe ?? "");
        if (recipe is null)
        {
            return ProvisioningResult.Failed(request.Recipe ?? UploadedRecipe, request.DryRun, errors);
        }

        if (request.Caller is not null && recipe.Tenant is null)
        {
            return ProvisioningResult.Failed(recipe.Name, request.DryRun,
                [new RecipeError(recipe.Name, null, null, "$.tenant",
                    "qua trang quản trị chỉ chạy được công thức tạo đơn vị mới (có \"tenant\"); công thức không có \"tenant\" sẽ thay đổi chính đơn vị đang quản trị.")]);
        }

        var parent = request.ParentId is int parentId ? catalog.Find(parentId) : null;
        if (request.ParentId is not null && parent is null)
        {
            return ProvisioningResult.Failed(recipe.Name, request.DryRun,
                [new RecipeError(recipe.Name, null, null, "parentId", $"không tìm thấy đơn vị cấp trên (mã số {request.ParentId}).")]);
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GovCmsDbContext>();
        var tenants = scope.ServiceProvider.GetRequiredService<TenantService>();
        var runner = scope.ServiceProvider.GetRequiredService<RecipeRunner>();
        runner.Within = request.Within;
        runner.Caller = request.Caller;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var run = await runner.RunAsync(recipe, request.Parameters, parent, cancellationToken: cancellationToken);
            if (request.DryRun)
            {
                await transaction.RollbackAsync(cancellationToken);
                tenants.ForgetUncommittedChanges();
                return new ProvisioningResult(recipe.Name, true, runner.Created.ToList(), run.Changes, []);
            }

            await transaction.CommitAsync(cancellationToken);
            await tenants.RefreshCatalogAfterCommitAsync(cancellationToken);
            return new ProvisioningResult(recipe.Name, false, runner.Created.Select(t => catalog.Find(t.Id) ?? t).ToList(), run.Changes, []);
        }
        catch (RecipeException failure)
        {
            await RollBackAsync(transaction, tenants);
            return ProvisioningResult.Failed(recipe.Name, request.DryRun, failure.Errors);
        }
        catch (DbUpdateException)
        {
            // Another provisioning took the same code, slug or host name between our checks and our commit.
            await RollBackAsync(transaction, tenants);
            return ProvisioningResult.Failed(recipe.Name, request.DryRun,
                [new RecipeError(recipe.Name, null, null, "$", "mã, đường dẫn hoặc tên miền vừa được một thao tác khác dùng. Không có gì được tạo; hãy thử lại.")]);
        }
    }

    private static async Task RollBackAsync(IDbContextTransaction transaction, TenantService tenants)
    {
        await transaction.RollbackAsync(CancellationToken.None);
        tenants.ForgetUncommittedChanges();
    }
}
