using GovCms.Content;
using GovCms.Content.Indexing;
using GovCms.Data;
using GovCms.Security;
using GovCms.Text;
using GovCms.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace GovCms.Contents.Categories;

public sealed record NewCategory(string Name, string? Slug, int Order);

/// <summary>A published version without its parts: enough for a link.</summary>
public sealed record PublishedRow(string ContentItemId, string ContentType, string Slug, string Title, DateTime DateUtc);

/// <summary>What is wrong with the category at <see cref="Index"/> of a list to create.</summary>
public sealed record CategoryError(int Index, string Field, string Message);

public sealed class CategoryService(GovCmsDbContext db, ICurrentTenant currentTenant, IContentIndex<ContentCategoryIndex> index, IMemoryCache cache)
{
    /// <summary>The category rows of the site's published items.</summary>
    private IQueryable<ContentCategoryIndex> Filed => index.Query(SiteScope.Site(currentTenant.Required.Id));

    /// <summary>The most categories one item may be filed under.</summary>
    public const int MaxPerItem = 20;
    /// <summary>
    /// How long public pages reuse a site's list of categories. Creating a category here forgets it at once;
    /// one created on another host shows in the home page's blocks and article chips after this at most.
    /// </summary>
    private static readonly TimeSpan PublicListLifetime = TimeSpan.FromSeconds(30);

    public async Task<IReadOnlyList<Category>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.Set<Category>().AsNoTracking().OrderBy(c => c.Order).ThenBy(c => c.Name).ToListAsync(cancellationToken);

    /// <summary>The categories in order, as public pages show them: kept in memory for a short while.</summary>
    public async Task<IReadOnlyList<Category>> PublicListAsync(CancellationToken cancellationToken = default) =>
        await cache.GetOrCreateAsync(PublicListKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = PublicListLifetime;
            return await ListAsync(cancellationToken);
        }) ?? [];

    private (string, int) PublicListKey => ("categories", currentTenant.Required.Id);

    public Task<Category?> FindAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Set<Category>().AsNoTracking().SingleOrDefaultAsync(c => c.Slug == slug, cancellationToken);

    public async Task<Outcome<Category>> CreateAsync(string name, string? slug, int order, CancellationToken cancellationToken = default)
    {
        var (created, errors) = await CreateAllAsync([new NewCategory(name, slug, order)], cancellationToken);
        return errors.Count == 0
            ? Outcome<Category>.Ok(created[0])
            : Outcome<Category>.Invalid(errors.ToDictionary(e => e.Field, e => e.Message));
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
        cache.Remove(PublicListKey);
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

    /// <summary>The categories among <paramref name="slugs"/>, in their order.</summary>
    public async Task<IReadOnlyList<Category>> NamedAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken = default) =>
        slugs.Count == 0 ? [] : (await PublicListAsync(cancellationToken)).Where(c => slugs.Contains(c.Slug)).ToList();

    /// <summary>
    /// Every category but <paramref name="excluded"/> that has published items, in order, with its newest ones.
    /// One query reads the newest items of all categories together; a category none of whose items is among
    /// them (a quiet one next to busy ones) is read on its own.
    /// </summary>
    public async Task<IReadOnlyList<(Category Category, IReadOnlyList<PublishedRow> Items)>> SectionsAsync(
        string excluded, int perSection, CancellationToken cancellationToken = default)
    {
        var all = (await PublicListAsync(cancellationToken)).Where(c => c.Slug != excluded).ToList();
        var slugs = all.Select(c => c.Slug).ToList();
        var newest = await Filed
            .Where(i => slugs.Contains(i.CategorySlug))
            .Join(db.Set<ContentVersionRecord>().AsNoTracking().Where(v => v.Published), i => i.ContentItemId, v => v.ContentItemId,
                (i, v) => new { i.CategorySlug, v.Id, v.ContentItemId, v.ContentType, v.Slug, v.DisplayText, v.SortDateUtc })
            .OrderByDescending(r => r.SortDateUtc).ThenByDescending(r => r.Id)
            .Take(slugs.Count * perSection * 4)
            .ToListAsync(cancellationToken);
        var rows = newest.ToLookup(r => r.CategorySlug, r => new PublishedRow(r.ContentItemId, r.ContentType, r.Slug, r.DisplayText, r.SortDateUtc));
        var sections = new List<(Category, IReadOnlyList<PublishedRow>)>();
        var withContent = newest.Count < slugs.Count * perSection * 4
            ? rows.Select(g => g.Key).ToHashSet()
            : (await Filed.Where(i => slugs.Contains(i.CategorySlug)).Select(i => i.CategorySlug).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        foreach (var category in all.Where(c => withContent.Contains(c.Slug)))
        {
            var items = rows.Contains(category.Slug)
                ? rows[category.Slug].Take(perSection).ToList()
                : await LatestRowsAsync(category.Slug, "", perSection, cancellationToken);
            sections.Add((category, items));
        }

        return sections;
    }

    /// <summary>The newest published items of a category but one, without their bodies.</summary>
    public async Task<IReadOnlyList<PublishedRow>> LatestRowsAsync(string categorySlug, string exceptItemId, int count, CancellationToken cancellationToken = default) =>
        await PublishedNewestFirst(categorySlug)
            .Where(v => v.ContentItemId != exceptItemId)
            .Take(Math.Clamp(count, 1, 100))
            .Select(v => new PublishedRow(v.ContentItemId, v.ContentType, v.Slug, v.DisplayText, v.SortDateUtc))
            .ToListAsync(cancellationToken);

    private IQueryable<ContentVersionRecord> PublishedNewestFirst(string categorySlug)
    {
        var filed = Filed;
        return db.Set<ContentVersionRecord>().AsNoTracking()
            .Where(v => v.Published && filed.Any(i => i.CategorySlug == categorySlug && i.ContentItemId == v.ContentItemId))
            .OrderByDescending(v => v.SortDateUtc).ThenByDescending(v => v.Id);
    }
}
