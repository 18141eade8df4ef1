using GovCms.Data;
using GovCms.Tenants;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Contents.Categories;

/// <summary>
/// When a unit is retired into its successor: the categories its content uses are added to the successor
/// when it lacks them (the engine moves the category index with the content).
/// </summary>
internal sealed class CategoryRetirement(GovCmsDbContext db, ITenantScopes scopes) : ITenantRetirementHandler
{
    public async Task RetireAsync(TenantContext retired, TenantContext successor, Action<string> report, CancellationToken cancellationToken)
    {
        var existing = (await scopes.Query<Category>(SiteScope.Site(successor.Id)).Select(c => c.Slug).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var category in await scopes.Query<Category>(SiteScope.Site(retired.Id)).AsNoTracking().ToListAsync(cancellationToken))
        {
            if (existing.Add(category.Slug))
            {
                db.Add(new Category { TenantId = successor.Id, Name = category.Name, Slug = category.Slug, Order = category.Order });
                report($"Thêm chuyên mục \"{category.Name}\" vào {successor.DisplayName}.");
            }
        }
    }
}
