using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovCms.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SlugIndexForSoftDeleteFilter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentItems_TenantId_Slug",
                table: "ContentItems");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_TenantId_Slug",
                table: "ContentItems",
                columns: new[] { "TenantId", "Slug" },
                unique: true,
                filter: "NOT \"Deleted\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentItems_TenantId_Slug",
                table: "ContentItems");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_TenantId_Slug",
                table: "ContentItems",
                columns: new[] { "TenantId", "Slug" },
                unique: true,
                filter: "\"Deleted\" = 0");
        }
    }
}
