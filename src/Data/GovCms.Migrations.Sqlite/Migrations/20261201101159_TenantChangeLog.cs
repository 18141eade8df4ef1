using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovCms.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TenantChangeLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TenantChange",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TenantChange", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TenantChange_ChangedUtc",
                table: "TenantChange",
                column: "ChangedUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TenantChange");
        }
    }
}
