using GovCms.Content;
using GovCms.Data;
using GovCms.Security;
using GovCms.Text;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Contents.Categories;

public sealed class CategoryService(GovCmsDbContext db)
{
    public async Task<IReadOnlyList<Category>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.Set<Category>().AsNoTracking().OrderBy(c => c.Order).ThenBy(c => c.Name).ToListAsync(cancellationToken);

    public Task<Category?> FindAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Set<Category>().AsNoTracking().SingleOrDefaultAsync(c => c.Slug == slug, cancellationToken);

    public async Task<(Category? Category, OperationOutcome Outcome)> CreateAsync(string name, string? slug, int order, CancellationToken cancellationToken = default)
    {
        name = name.Trim().Normalize();
        if (name.Length == 0)
        {
            return (null, OperationOutcome.Fail("name", "Vui lòng nhập tên chuyên mục."));
        }

        var finalSlug = VietnameseText.Slugify(string.IsNullOrWhiteSpace(slug) ? name : slug);
        if (await db.Set<Category>().AnyAsync(c => c.Slug == finalSlug, cancellationToken))
        {
            return (null, OperationOutcome.Fail("slug", $"Chuyên mục có đường dẫn '{finalSlug}' đã tồn tại."));
        }

        var category = new Category { Name = name, Slug = finalSlug, Order = order };
        db.Add(category);
        await db.SaveChangesAsync(cancellationToken);
        return (category, OperationOutcome.Ok);
    }

    /// <summary>The slugs among <paramref name="slugs"/> that are not categories of the current tenant.</summary>
    public async Task<IReadOnlyList<string>> UnknownAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken = default)
    {
        var known = await db.Set<Category>().Where(c => slugs.Contains(c.Slug)).Select(c => c.Slug).ToListAsync(cancellationToken);
        return slugs.Except(known).ToList();
    }

    /// <summary>Published items of a category, newest first.</summary>
    public async Task<ContentPage> ListPublishedAsync(string categorySlug, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, 100);
        var versions = PublishedNewestFirst(categorySlug);
        var total = await versions.CountAsync(cancellationToken);
        var rows = await versions.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new ContentPage(rows.Select(v => ContentRecordMapper.ToItem(v)).ToList(), total, page, pageSize);
    }

    /// <summary>The newest published items of a category, without counting them all.</summary>
    public async Task<IReadOnlyList<ContentItem>> LatestPublishedAsync(string categorySlug, int count, CancellationToken cancellationToken = default)
    {
        var rows = await PublishedNewestFirst(categorySlug).Take(Math.Clamp(count, 1, 100)).ToListAsync(cancellationToken);
        return rows.Select(v => ContentRecordMapper.ToItem(v)).ToList();
    }

    private IOrderedQueryable<ContentVersionRecord> PublishedNewestFirst(string categorySlug) =>
        db.Set<ContentVersionRecord>().AsNoTracking()
            .Where(v => v.Published && db.Set<ContentCategoryIndex>().Any(i => i.CategorySlug == categorySlug && i.ContentItemId == v.ContentItemId))
            .OrderByDescending(v => v.SortDateUtc).ThenByDescending(v => v.Id);
}
