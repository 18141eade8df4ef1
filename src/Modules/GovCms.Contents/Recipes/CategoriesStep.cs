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
        var existing = (await categories.ListAsync(cancellationToken)).Select(c => c.Slug).ToHashSet();
        var missing = list.Select((category, index) => (Index: index, New: new NewCategory(category.Name,
                VietnameseText.Slugify(string.IsNullOrWhiteSpace(category.Slug) ? category.Name : category.Slug), category.Order ?? index + 1)))
            .Where(c => !existing.Contains(c.New.Slug!))
            .ToList();
        var (created, errors) = await categories.CreateAllAsync(missing.Select(c => c.New).ToList(), cancellationToken);
        foreach (var error in errors)
        {
            context.Fail($"categories[{missing[error.Index].Index}].{error.Field}", error.Message);
        }

        foreach (var category in created)
        {
            context.Record("category", $"Chuyên mục \"{category.Name}\" (/chuyen-muc/{category.Slug})");
        }
    }
}
