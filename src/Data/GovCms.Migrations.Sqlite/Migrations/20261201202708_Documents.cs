using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovCms.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Documents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Withheld",
                table: "ContentItemVersions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "DocumentFieldIndex",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Field = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Confidential = table.Column<bool>(type: "INTEGER", nullable: false),
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
                    table.PrimaryKey("PK_DocumentFieldIndex", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DocumentIndex",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Symbol = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    NumberKey = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    DocumentType = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Issuer = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Validity = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Confidential = table.Column<bool>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TitleKey = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
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
                    table.PrimaryKey("PK_DocumentIndex", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DocumentListEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    List = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentListEntries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentFieldIndex_ContentItemId",
                table: "DocumentFieldIndex",
                column: "ContentItemId");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentFieldIndex_TenantId",
                table: "DocumentFieldIndex",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentFieldIndex_TenantId_Latest",
                table: "DocumentFieldIndex",
                columns: new[] { "TenantId", "Latest" });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentFieldIndex_TenantId_Published",
                table: "DocumentFieldIndex",
                columns: new[] { "TenantId", "Published" });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentFieldIndex_TenantId_Published_Field_IssuedOn",
                table: "DocumentFieldIndex",
                columns: new[] { "TenantId", "Published", "Field", "IssuedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentIndex_ContentItemId",
                table: "DocumentIndex",
                column: "ContentItemId");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentIndex_TenantId",
                table: "DocumentIndex",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentIndex_TenantId_Latest",
                table: "DocumentIndex",
                columns: new[] { "TenantId", "Latest" });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentIndex_TenantId_NumberKey",
                table: "DocumentIndex",
                columns: new[] { "TenantId", "NumberKey" });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentIndex_TenantId_Published",
                table: "DocumentIndex",
                columns: new[] { "TenantId", "Published" });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentIndex_TenantId_Published_DocumentType_IssuedOn",
                table: "DocumentIndex",
                columns: new[] { "TenantId", "Published", "DocumentType", "IssuedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentIndex_TenantId_Published_IssuedOn_Id",
                table: "DocumentIndex",
                columns: new[] { "TenantId", "Published", "IssuedOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentIndex_TenantId_Published_Issuer_IssuedOn",
                table: "DocumentIndex",
                columns: new[] { "TenantId", "Published", "Issuer", "IssuedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentIndex_TenantId_Published_Validity_IssuedOn",
                table: "DocumentIndex",
                columns: new[] { "TenantId", "Published", "Validity", "IssuedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentIndex_TenantId_Published_Year_IssuedOn",
                table: "DocumentIndex",
                columns: new[] { "TenantId", "Published", "Year", "IssuedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentIndex_Validity_EffectiveOn",
                table: "DocumentIndex",
                columns: new[] { "Validity", "EffectiveOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentIndex_Validity_ExpiresOn",
                table: "DocumentIndex",
                columns: new[] { "Validity", "ExpiresOn" });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentListEntries_TenantId",
                table: "DocumentListEntries",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentListEntries_TenantId_List_Slug",
                table: "DocumentListEntries",
                columns: new[] { "TenantId", "List", "Slug" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DocumentFieldIndex");

            migrationBuilder.DropTable(
                name: "DocumentIndex");

            migrationBuilder.DropTable(
                name: "DocumentListEntries");

            migrationBuilder.DropColumn(
                name: "Withheld",
                table: "ContentItemVersions");
        }
    }
}
