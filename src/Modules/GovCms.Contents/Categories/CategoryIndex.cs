using GovCms.Content;
using GovCms.Content.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace GovCms.Contents.Categories;

/// <summary>Which items are in which category: a declared index, one row per category of a version (the engine keeps it in step).</summary>
public sealed class ContentCategoryIndex : ContentIndexRow
{
    public string CategorySlug { get; set; } = "";
}

public static class CategoryIndex
{
    /// <summary>The query parameter of the news list's category filter ("Chuyên mục").</summary>
    public const string Filter = "category";

    public static IServiceCollection AddCategoryIndex(this IServiceCollection services) =>
        services.AddContentIndex(item => (item.Get<CategoriesPart>()?.Categories ?? []).Distinct()
                .Select(slug => new ContentCategoryIndex { CategorySlug = slug }))
            .AddContentListFilter<ContentCategoryIndex>(ContentsModule.Article.Name, Filter, "Chuyên mục", row => row.CategorySlug, taxonomy: "categories");
}
