using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GovCms.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class MediaLibrary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MediaFiles",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    Path = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Bytes = table.Column<long>(type: "bigint", nullable: false),
                    UploadedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediaFiles", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MediaFiles_TenantId",
                table: "MediaFiles",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_MediaFiles_TenantId_Kind_UploadedUtc",
                table: "MediaFiles",
                columns: new[] { "TenantId", "Kind", "UploadedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_MediaFiles_TenantId_Path",
                table: "MediaFiles",
                columns: new[] { "TenantId", "Path" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MediaFiles_TenantId_UploadedUtc",
                table: "MediaFiles",
                columns: new[] { "TenantId", "UploadedUtc" });

            // Roles that write content on existing sites may use the media library, as new sites' roles do (MediaModule).
            migrationBuilder.Sql(
                "INSERT INTO \"RolePermission\" (\"TenantId\", \"RoleId\", \"Permission\") " +
                "SELECT rp.\"TenantId\", rp.\"RoleId\", 'Media.Manage' FROM \"RolePermission\" rp WHERE rp.\"Permission\" = 'Contents.Edit' " +
                "AND NOT EXISTS (SELECT 1 FROM \"RolePermission\" x WHERE x.\"RoleId\" = rp.\"RoleId\" AND x.\"Permission\" = 'Media.Manage')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MediaFiles");
        }
    }
}
