using GovCms.Contents.Categories;
using GovCms.Recipes;
using GovCms.Text;

namespace GovCms.Contents.Recipes;

/// <summary>"categories": the tenant's categories (chuyên mục); one that already exists is kept as it is.</summary>
internal sealed class CategoriesStep(CategoryService categories) : IRecipeStep
{
    private sealed record Category(string Name, string? Slug, int? Order);

    private sealed record Input(List<Category> Categories);

    public string Name => "categories";

    public string? Feature => ContentsModule.Id;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var list = context.Read<Input>().Categories;
        for (var index = 0; index < list.Count; index++)
        {
            var category = list[index];
            var slug = VietnameseText.Slugify(string.IsNullOrWhiteSpace(category.Slug) ? category.Name : category.Slug);
            if (await categories.FindAsync(slug, cancellationToken) is not null)
            {
                continue;
            }

            var (_, outcome) = await categories.CreateAsync(category.Name, slug, category.Order ?? index + 1, cancellationToken);
            if (!outcome.Succeeded)
            {
                context.Fail($"categories[{index}]", string.Join(" ", outcome.Errors.Values));
                continue;
            }

            context.Record("category", $"Chuyên mục \"{category.Name}\" (/chuyen-muc/{slug})");
        }
    }
}
