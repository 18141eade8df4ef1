using GovCms.Content;
using GovCms.Contents.Categories;
using GovCms.Data;
using GovCms.Security;
using GovCms.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Tests.Infrastructure;

/// <summary>What one tenant holds in the database, read across the tenant filter.</summary>
public sealed record SiteContents(
    Tenant Tenant, IReadOnlyList<string> Roles, IReadOnlyList<string> Categories, IReadOnlyList<string> Pages,
    IReadOnlyList<string> Articles, IReadOnlyList<string> Users);

public static class SiteInspection
{
    /// <summary>The pages every unit recipe creates (the sections of Nghị định 42/2022 that are pages).</summary>
    public static readonly string[] UnitPages = ["gioi-thieu", "hoi-dap-gop-y", "introduction", "phat-ngon-bao-chi"];

    /// <summary>The empty listings every unit recipe creates.</summary>
    public static readonly string[] UnitCategories =
    [
        "chi-dao-dieu-hanh", "chien-luoc-quy-hoach-ke-hoach", "cong-khai-ngan-sach", "dau-thau", "lay-y-kien-du-thao",
        "thong-tin-bao-chi", "thu-tuc-hanh-chinh", "tin-noi-bat", "tin-tuc-su-kien", "truyen-thanh-co-so", "van-ban",
    ];

    public static readonly string[] UnitRoles = ["Administrator", "Approver", "Author", "Reviewer", "Spokesperson"];

    public static readonly string[] UnitSettings =
    [
        "Address", "Phone", "Email", "ResponsiblePerson", "Licence", "LeaderName", "LeaderTitle",
        "SpokespersonName", "SpokespersonTitle", "SpokespersonPhone", "SpokespersonEmail",
    ];

    public static async Task<SiteContents> ReadAsync(IServiceProvider services, int tenantId)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GovCmsDbContext>();
        var tenant = await db.Set<Tenant>().AsNoTracking().SingleAsync(t => t.Id == tenantId);
        var roles = await Across<TenantRole>(db).Where(r => r.TenantId == tenantId).Select(r => r.Name).ToListAsync();
        var categories = await Across<Category>(db).Where(c => c.TenantId == tenantId).Select(c => c.Slug).ToListAsync();
        var content = await Across<ContentItemRecord>(db).Where(i => i.TenantId == tenantId && !i.Deleted).Select(i => new { i.ContentType, i.Slug }).ToListAsync();
        var users = await db.Users.Where(u => u.TenantId == tenantId).Select(u => u.UserName!).ToListAsync();
        return new SiteContents(tenant, roles.Order().ToList(), categories.Order().ToList(),
            content.Where(i => i.ContentType == "Page").Select(i => i.Slug).Order().ToList(),
            content.Where(i => i.ContentType == "Article").Select(i => i.Slug).Order().ToList(), users.Order().ToList());
    }

    /// <summary>Every tenant in the database, read across the catalog (which only knows committed, refreshed tenants).</summary>
    public static async Task<IReadOnlyList<Tenant>> TenantsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GovCmsDbContext>().Set<Tenant>().AsNoTracking().OrderBy(t => t.Id).ToListAsync();
    }

    /// <summary>How many rows the tables a provisioning writes hold, over all tenants: equal before and after a refused provisioning.</summary>
    public static async Task<(int Tenants, int Roles, int Permissions, int Categories, int Items, int Users)> CountAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GovCmsDbContext>();
        return (await db.Set<Tenant>().CountAsync(), await Across<TenantRole>(db).CountAsync(), await Across<RolePermission>(db).CountAsync(),
            await Across<Category>(db).CountAsync(), await Across<ContentItemRecord>(db).CountAsync(), await db.Users.CountAsync());
    }

    /// <summary>Fails unless the tenant holds everything a unit recipe (province, district, commune) creates.</summary>
    public static void AssertUnitRecipeApplied(SiteContents site)
    {
        var name = $"{site.Tenant.DisplayName} ({site.Tenant.Name})";
        Assert.True(UnitRoles.All(site.Roles.Contains), $"{name}: roles {string.Join(", ", site.Roles)}");
        Assert.True(UnitCategories.All(site.Categories.Contains), $"{name}: categories {string.Join(", ", site.Categories)}");
        Assert.True(UnitPages.All(site.Pages.Contains), $"{name}: pages {string.Join(", ", site.Pages)}");
        Assert.True(UnitSettings.All(site.Tenant.Settings.ContainsKey), $"{name}: settings {string.Join(", ", site.Tenant.Settings.Keys)}");
        Assert.Contains("Contents", site.Tenant.Features);
        Assert.Contains(site.Tenant.Menu, e => e.Title == "Giới thiệu" && e.Url == "/trang/gioi-thieu");
    }

    private static IQueryable<T> Across<T>(GovCmsDbContext db) where T : class =>
        db.Set<T>().IgnoreQueryFilters([GovCmsDbContext.TenantFilter]).AsNoTracking();
}
