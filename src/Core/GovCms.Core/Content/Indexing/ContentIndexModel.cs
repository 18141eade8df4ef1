using GovCms.Content.Indexing;
using GovCms.Data;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Content;

/// <summary>Adds every declared index row type to the model with the base columns and the indexes the engine's queries use.</summary>
internal sealed class ContentIndexModel(IEnumerable<ContentIndexDeclaration> declarations) : IModelContributor
{
    public string ModelKey => "ContentIndexes:" + string.Join(',', declarations.Select(d => d.RowType.FullName).Distinct().Order(StringComparer.Ordinal));

    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        foreach (var rowType in declarations.Select(d => d.RowType).Distinct())
        {
            var row = modelBuilder.Entity(rowType);
            row.HasKey(nameof(ContentIndexRow.Id));
            row.Property(nameof(ContentIndexRow.ContentItemId)).HasMaxLength(40);
            row.Property(nameof(ContentIndexRow.ContentType)).HasMaxLength(100);
            row.Property(nameof(ContentIndexRow.SharedLevels)).HasMaxLength(200);
            row.HasIndex(nameof(ContentIndexRow.ContentItemId));
            row.HasIndex(nameof(ContentIndexRow.TenantId), nameof(ContentIndexRow.Published));
            row.HasIndex(nameof(ContentIndexRow.TenantId), nameof(ContentIndexRow.Latest));
        }
    }
}
