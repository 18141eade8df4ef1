using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovCms.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SharedContentIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SharedContentIndex",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DisplayText = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DateUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    Latest = table.Column<bool>(type: "INTEGER", nullable: false),
                    SharedDownward = table.Column<bool>(type: "INTEGER", nullable: false),
                    SharedLevels = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SharedContentIndex", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SharedContentIndex_ContentItemId",
                table: "SharedContentIndex",
                column: "ContentItemId");

            migrationBuilder.CreateIndex(
                name: "IX_SharedContentIndex_TenantId",
                table: "SharedContentIndex",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_SharedContentIndex_TenantId_ContentType_Slug",
                table: "SharedContentIndex",
                columns: new[] { "TenantId", "ContentType", "Slug" });

            migrationBuilder.CreateIndex(
                name: "IX_SharedContentIndex_TenantId_Latest",
                table: "SharedContentIndex",
                columns: new[] { "TenantId", "Latest" });

            migrationBuilder.CreateIndex(
                name: "IX_SharedContentIndex_TenantId_Published",
                table: "SharedContentIndex",
                columns: new[] { "TenantId", "Published" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SharedContentIndex");
        }
    }
}
