using GovCms.Data;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Contents.Categories;

internal sealed class CategoryModel : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        modelBuilder.Entity<Category>(category =>
        {
            category.Property(c => c.Name).HasMaxLength(200);
            category.Property(c => c.Slug).HasMaxLength(120);
            category.HasIndex(c => new { c.TenantId, c.Slug }).IsUnique();
        });
        modelBuilder.Entity<ContentCategoryIndex>(index =>
        {
            // The engine adds the base columns and their indexes (declared with AddCategoryIndex).
            index.Property(i => i.CategorySlug).HasMaxLength(120);
            index.HasIndex(i => new { i.TenantId, i.CategorySlug, i.Published });
        });
    }
}
