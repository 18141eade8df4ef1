using GovCms.Data;
using GovCms.Tenants;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Contents.Categories;

/// <summary>
/// When a unit is retired into its successor: the categories its content uses are added to the successor
/// when it lacks them, and the category index of the moved content becomes the successor's.
/// </summary>
internal sealed class CategoryRetirement(GovCmsDbContext db) : ITenantRetirementHandler
{
    public async Task RetireAsync(TenantContext retired, TenantContext successor, Action<string> report, CancellationToken cancellationToken)
    {
        var categories = db.Set<Category>().IgnoreQueryFilters([GovCmsDbContext.TenantFilter]);
        var existing = (await categories.Where(c => c.TenantId == successor.Id).Select(c => c.Slug).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var category in await categories.AsNoTracking().Where(c => c.TenantId == retired.Id).ToListAsync(cancellationToken))
        {
            if (existing.Add(category.Slug))
            {
                db.Add(new Category { TenantId = successor.Id, Name = category.Name, Slug = category.Slug, Order = category.Order });
                report($"Thêm chuyên mục \"{category.Name}\" vào {successor.DisplayName}.");
            }
        }

        var index = await db.Set<ContentCategoryIndex>().IgnoreQueryFilters([GovCmsDbContext.TenantFilter])
            .Where(i => i.TenantId == retired.Id).ToListAsync(cancellationToken);
        index.ForEach(i => i.TenantId = successor.Id);
    }
}
