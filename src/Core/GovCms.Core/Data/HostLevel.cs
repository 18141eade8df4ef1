using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GovCms.Data;

/// <summary>
/// Marks an entity as shared by the whole host rather than owned by one tenant. Every entity
/// is either <see cref="ITenantOwned"/> or marked so; a test walks the model to make sure.
/// </summary>
public static class HostLevel
{
    private const string Annotation = "GovCms:HostLevel";

    public static EntityTypeBuilder<T> IsHostLevel<T>(this EntityTypeBuilder<T> builder) where T : class
    {
        builder.HasAnnotation(Annotation, true);
        return builder;
    }

    public static bool IsHostLevel(this IReadOnlyEntityType entityType) => entityType.FindAnnotation(Annotation)?.Value is true;
}
