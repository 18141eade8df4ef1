using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GovCms.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ContentReferences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ContentReferences",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    FromItemId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Target = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Field = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Relation = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Latest = table.Column<bool>(type: "boolean", nullable: false),
                    Published = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentReferences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContentReferences_ContentItems_FromItemId",
                        column: x => x.FromItemId,
                        principalTable: "ContentItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContentReferences_FromItemId",
                table: "ContentReferences",
                column: "FromItemId");

            migrationBuilder.CreateIndex(
                name: "IX_ContentReferences_Kind_Target_TenantId",
                table: "ContentReferences",
                columns: new[] { "Kind", "Target", "TenantId" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentReferences_TenantId",
                table: "ContentReferences",
                column: "TenantId");

            // Items of databases made before are marked, and their references read through their parts at startup
            // (GovCms.Content.ContentReferenceFill). Keep when the migration is regenerated.
            migrationBuilder.Sql(GovCms.Content.ContentReferenceFill.MarkSql(GovCms.Data.DatabaseProvider.PostgreSql));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContentReferences");
        }
    }
}
