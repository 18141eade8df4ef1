using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GovCms.Migrations.PostgreSql.Migrations
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Slug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DisplayText = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DateUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    ContentItemId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Published = table.Column<bool>(type: "boolean", nullable: false),
                    Latest = table.Column<bool>(type: "boolean", nullable: false),
                    SharedDownward = table.Column<bool>(type: "boolean", nullable: false),
                    SharedLevels = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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
