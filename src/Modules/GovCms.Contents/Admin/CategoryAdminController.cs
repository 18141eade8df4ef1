using GovCms.Admin;
using GovCms.Contents.Categories;
using GovCms.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace GovCms.Contents.Admin;

public sealed class CategoryFormModel
{
    public string? Name { get; set; }
    public string? Slug { get; set; }
    public int Order { get; set; }

    [BindNever]
    public IReadOnlyList<Category> Categories { get; set; } = [];
}

/// <summary>The categories of the site: list and add.</summary>
[Route("admin/categories")]
[RequirePermission(ContentsModule.ManageCategories)]
public sealed class CategoryAdminController(CategoryService categories) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(new CategoryFormModel { Categories = await categories.ListAsync() });

    [HttpPost("")]
    public async Task<IActionResult> Index(CategoryFormModel model)
    {
        // A value that is not a number ("abc" as the order) is already named next to its field.
        if (ModelState.IsValid)
        {
            var outcome = await categories.CreateAsync(model.Name ?? "", model.Slug, model.Order);
            if (outcome.Value is { } category)
            {
                Flash($"Đã thêm chuyên mục \"{category.Name}\".");
                return RedirectToAction(nameof(Index));
            }

            ModelState.AddOutcome(outcome);
        }

        model.Categories = await categories.ListAsync();
        return View(model);
    }
}
