using GovCms.Content;
using GovCms.Data;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Contents.Categories;

/// <summary>Keeps <see cref="ContentCategoryIndex"/> equal to the categories of each item's published version.</summary>
internal sealed class CategoryIndexHandler(GovCmsDbContext db) : IContentHandler
{
    public async Task PublishedAsync(ContentContext context)
    {
        await ClearAsync(context.Item.ContentItemId);
        var categories = context.Item.Get<CategoriesPart>()?.Categories ?? [];
        db.Set<ContentCategoryIndex>().AddRange(categories.Distinct().Select(slug => new ContentCategoryIndex
        {
            ContentItemId = context.Item.ContentItemId,
            CategorySlug = slug,
        }));
    }

    public Task UnpublishingAsync(ContentContext context) => ClearAsync(context.Item.ContentItemId);

    public Task RemovingAsync(ContentContext context) => ClearAsync(context.Item.ContentItemId);

    private async Task ClearAsync(string contentItemId) =>
        db.Set<ContentCategoryIndex>().RemoveRange(await db.Set<ContentCategoryIndex>().Where(i => i.ContentItemId == contentItemId).ToListAsync());
}
