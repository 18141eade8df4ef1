using GovCms.Data;
using Microsoft.EntityFrameworkCore;

namespace GovCms.Tenants;

/// <summary>
/// The closure table of the tenant tree: one row for every (ancestor, descendant) pair, the tenant itself
/// included at depth 0. A subtree is the rows of one ancestor; the ancestors of a site are the rows of one
/// descendant; both are one index seek, and a move rewrites only the rows of the moved subtree.
/// </summary>
public sealed class TenantAncestry
{
    public int AncestorId { get; set; }
    public int DescendantId { get; set; }
    /// <summary>0 for the tenant itself, 1 for its parent, and so on.</summary>
    public int Depth { get; set; }
}

internal sealed class TenantAncestryModel : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider) =>
        modelBuilder.Entity<TenantAncestry>(ancestry =>
        {
            ancestry.IsHostLevel();
            ancestry.ToTable("TenantAncestry");
            ancestry.HasKey(a => new { a.AncestorId, a.DescendantId });
            ancestry.HasIndex(a => new { a.DescendantId, a.AncestorId });
            ancestry.HasOne<Tenant>().WithMany().HasForeignKey(a => a.AncestorId).OnDelete(DeleteBehavior.Cascade);
            ancestry.HasOne<Tenant>().WithMany().HasForeignKey(a => a.DescendantId).OnDelete(DeleteBehavior.Cascade);
        });
}

/// <summary>Keeps <see cref="TenantAncestry"/> in step with the tree, in the unit of work of the change that moves it.</summary>
public static class TenantTree
{
    /// <summary>A new tenant: itself, and each ancestor of its parent one level further.</summary>
    internal static async Task AddAsync(GovCmsDbContext db, int tenantId, int? parentId, CancellationToken cancellationToken)
    {
        db.Add(new TenantAncestry { AncestorId = tenantId, DescendantId = tenantId, Depth = 0 });
        if (parentId is int parent)
        {
            foreach (var above in await AncestorsAsync(db, parent, cancellationToken))
            {
                db.Add(new TenantAncestry { AncestorId = above.AncestorId, DescendantId = tenantId, Depth = above.Depth + 1 });
            }
        }
    }

    /// <summary>
    /// A tenant moved under a new parent: every descendant (itself included) loses the ancestors above the tenant
    /// and gains those of the new parent. Rows inside the subtree stay.
    /// </summary>
    internal static async Task MoveAsync(GovCmsDbContext db, int tenantId, int newParentId, CancellationToken cancellationToken)
    {
        var subtree = await db.Set<TenantAncestry>().AsNoTracking().Where(a => a.AncestorId == tenantId)
            .Select(a => new { a.DescendantId, a.Depth }).ToListAsync(cancellationToken);
        var inside = subtree.Select(s => s.DescendantId).ToList();
        var above = await db.Set<TenantAncestry>()
            .Where(a => inside.Contains(a.DescendantId) && !inside.Contains(a.AncestorId)).ToListAsync(cancellationToken);
        db.RemoveRange(above);
        foreach (var ancestor in await AncestorsAsync(db, newParentId, cancellationToken))
        {
            foreach (var descendant in subtree)
            {
                db.Add(new TenantAncestry { AncestorId = ancestor.AncestorId, DescendantId = descendant.DescendantId, Depth = ancestor.Depth + 1 + descendant.Depth });
            }
        }
    }

    private static async Task<List<TenantAncestry>> AncestorsAsync(GovCmsDbContext db, int tenantId, CancellationToken cancellationToken) =>
        await db.Set<TenantAncestry>().AsNoTracking().Where(a => a.DescendantId == tenantId).ToListAsync(cancellationToken);

    /// <summary>Fills the table from the parent links (databases made before it existed); the same SQL on SQLite and PostgreSQL.</summary>
    public const string FillSql = """
        WITH RECURSIVE chain("AncestorId", "DescendantId", "Depth") AS (
            SELECT "Id", "Id", 0 FROM "Tenant"
            UNION ALL
            SELECT t."ParentId", chain."DescendantId", chain."Depth" + 1
            FROM chain JOIN "Tenant" t ON t."Id" = chain."AncestorId"
            WHERE t."ParentId" IS NOT NULL)
        INSERT INTO "TenantAncestry" ("AncestorId", "DescendantId", "Depth")
        SELECT "AncestorId", "DescendantId", "Depth" FROM chain;
        """;
}
