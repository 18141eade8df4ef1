using GovCms.Content;
using GovCms.Data;
using GovCms.Security;
using GovCms.Text;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Contents.Categories;

public sealed record NewCategory(string Name, string? Slug, int Order);

/// <summary>What is wrong with the category at <see cref="Index"/> of a list to create.</summary>
public sealed record CategoryError(int Index, string Field, string Message);

public sealed class CategoryService(GovCmsDbContext db)
{
    /// <summary>The most categories one item may be filed under.</summary>
    public const int MaxPerItem = 20;

    public async Task<IReadOnlyList<Category>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.Set<Category>().AsNoTracking().OrderBy(c => c.Order).ThenBy(c => c.Name).ToListAsync(cancellationToken);

    public Task<Category?> FindAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Set<Category>().AsNoTracking().SingleOrDefaultAsync(c => c.Slug == slug, cancellationToken);

    public async Task<(Category? Category, OperationOutcome Outcome)> CreateAsync(string name, string? slug, int order, CancellationToken cancellationToken = default)
    {
        var (created, errors) = await CreateAllAsync([new NewCategory(name, slug, order)], cancellationToken);
        return errors.Count == 0
            ? (created[0], OperationOutcome.Ok)
            : (null, new OperationOutcome(false, errors.ToDictionary(e => e.Field, e => e.Message)));
    }

    /// <summary>Creates categories in one save, all or none (a site's recipe creates a dozen at once).</summary>
    public async Task<(IReadOnlyList<Category> Created, IReadOnlyList<CategoryError> Errors)> CreateAllAsync(
        IReadOnlyList<NewCategory> categories, CancellationToken cancellationToken = default)
    {
        var errors = new List<CategoryError>();
        var created = new List<Category>();
        for (var index = 0; index < categories.Count; index++)
        {
            var name = categories[index].Name.Trim().Normalize();
            var slug = VietnameseText.Slugify(string.IsNullOrWhiteSpace(categories[index].Slug) ? name : categories[index].Slug!);
            if (name.Length == 0)
            {
                errors.Add(new CategoryError(index, "name", "Vui lòng nhập tên chuyên mục."));
            }
            else if (created.Any(c => c.Slug == slug))
            {
                errors.Add(new CategoryError(index, "slug", Taken(slug)));
            }

            created.Add(new Category { Name = name, Slug = slug, Order = categories[index].Order });
        }

        var slugs = created.Select(c => c.Slug).ToList();
        var taken = await db.Set<Category>().Where(c => slugs.Contains(c.Slug)).Select(c => c.Slug).ToListAsync(cancellationToken);
        errors.AddRange(taken.Select(s => new CategoryError(slugs.IndexOf(s), "slug", Taken(s))));
        if (errors.Count > 0)
        {
            return ([], errors);
        }

        db.AddRange(created);
        await db.SaveChangesAsync(cancellationToken);
        return (created, errors);
    }

    private static string Taken(string slug) => $"Chuyên mục có đường dẫn '{slug}' đã tồn tại.";

    /// <summary>The slugs among <paramref name="slugs"/> that are not categories of the current tenant.</summary>
    public async Task<IReadOnlyList<string>> UnknownAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken = default)
    {
        var known = await db.Set<Category>().Where(c => slugs.Contains(c.Slug)).Select(c => c.Slug).ToListAsync(cancellationToken);
        return slugs.Except(known).ToList();
    }

    /// <summary>Published items of a category, newest first.</summary>
    public async Task<ContentPage> ListPublishedAsync(string categorySlug, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        (page, pageSize) = Paging.Clamp(page, pageSize);
        var versions = PublishedNewestFirst(categorySlug);
        var total = await versions.CountAsync(cancellationToken);
        var rows = await versions.Page(page, pageSize).ToListAsync(cancellationToken);
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
