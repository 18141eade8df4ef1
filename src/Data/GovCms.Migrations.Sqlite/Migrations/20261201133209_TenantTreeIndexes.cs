using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovCms.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TenantTreeIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentCategoryIndex_TenantId_CategorySlug",
                table: "ContentCategoryIndex");

            migrationBuilder.AddColumn<string>(
                name: "ContentType",
                table: "ContentCategoryIndex",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "Latest",
                table: "ContentCategoryIndex",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Published",
                table: "ContentCategoryIndex",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "SharedDownward",
                table: "ContentCategoryIndex",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "SharedLevels",
                table: "ContentCategoryIndex",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "TenantAncestry",
                columns: table => new
                {
                    AncestorId = table.Column<int>(type: "INTEGER", nullable: false),
                    DescendantId = table.Column<int>(type: "INTEGER", nullable: false),
                    Depth = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TenantAncestry", x => new { x.AncestorId, x.DescendantId });
                    table.ForeignKey(
                        name: "FK_TenantAncestry_Tenant_AncestorId",
                        column: x => x.AncestorId,
                        principalTable: "Tenant",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TenantAncestry_Tenant_DescendantId",
                        column: x => x.DescendantId,
                        principalTable: "Tenant",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContentCategoryIndex_TenantId_CategorySlug_Published",
                table: "ContentCategoryIndex",
                columns: new[] { "TenantId", "CategorySlug", "Published" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentCategoryIndex_TenantId_Latest",
                table: "ContentCategoryIndex",
                columns: new[] { "TenantId", "Latest" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentCategoryIndex_TenantId_Published",
                table: "ContentCategoryIndex",
                columns: new[] { "TenantId", "Published" });

            migrationBuilder.CreateIndex(
                name: "IX_TenantAncestry_DescendantId_AncestorId",
                table: "TenantAncestry",
                columns: new[] { "DescendantId", "AncestorId" });

            // Data of databases made before: the closure of the tree, the rows of the category index (all were of
            // published versions), and the Giám sát role on every site. Keep when the migration is regenerated.
            migrationBuilder.Sql(GovCms.Tenants.TenantTree.FillSql);
            migrationBuilder.Sql("""
                UPDATE "ContentCategoryIndex" SET "Published" = TRUE,
                    "ContentType" = COALESCE((SELECT i."ContentType" FROM "ContentItems" i WHERE i."Id" = "ContentCategoryIndex"."ContentItemId"), ''),
                    "Latest" = EXISTS (SELECT 1 FROM "ContentItems" i WHERE i."Id" = "ContentCategoryIndex"."ContentItemId" AND i."PublishedVersion" = i."LatestVersion");
                """);
            migrationBuilder.Sql("""
                INSERT INTO "TenantRole" ("TenantId", "Name", "DisplayName")
                SELECT t."Id", 'Supervisor', 'Giám sát' FROM "Tenant" t
                WHERE NOT EXISTS (SELECT 1 FROM "TenantRole" r WHERE r."TenantId" = t."Id" AND r."Name" = 'Supervisor');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TenantAncestry");

            migrationBuilder.DropIndex(
                name: "IX_ContentCategoryIndex_TenantId_CategorySlug_Published",
                table: "ContentCategoryIndex");

            migrationBuilder.DropIndex(
                name: "IX_ContentCategoryIndex_TenantId_Latest",
                table: "ContentCategoryIndex");

            migrationBuilder.DropIndex(
                name: "IX_ContentCategoryIndex_TenantId_Published",
                table: "ContentCategoryIndex");

            migrationBuilder.DropColumn(
                name: "ContentType",
                table: "ContentCategoryIndex");

            migrationBuilder.DropColumn(
                name: "Latest",
                table: "ContentCategoryIndex");

            migrationBuilder.DropColumn(
                name: "Published",
                table: "ContentCategoryIndex");

            migrationBuilder.DropColumn(
                name: "SharedDownward",
                table: "ContentCategoryIndex");

            migrationBuilder.DropColumn(
                name: "SharedLevels",
                table: "ContentCategoryIndex");

            migrationBuilder.CreateIndex(
                name: "IX_ContentCategoryIndex_TenantId_CategorySlug",
                table: "ContentCategoryIndex",
                columns: new[] { "TenantId", "CategorySlug" });
        }
    }
}
