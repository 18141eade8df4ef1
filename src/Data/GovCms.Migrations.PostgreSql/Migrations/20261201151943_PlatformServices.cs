using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovCms.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class PlatformServices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkflowInstances_TenantId_ContentItemId_Status",
                table: "WorkflowInstances");

            migrationBuilder.RenameColumn(
                name: "ContentItemId",
                table: "WorkflowInstances",
                newName: "RecordId");

            migrationBuilder.AddColumn<string>(
                name: "RecordKind",
                table: "WorkflowInstances",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            // Runs of before were all about content items: they keep their item as a record of kind "content".
            migrationBuilder.Sql("UPDATE \"WorkflowInstances\" SET \"RecordKind\" = 'content' WHERE \"RecordId\" IS NOT NULL;");

            migrationBuilder.AddColumn<string>(
                name: "OrderKey",
                table: "ScheduledJobs",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RecurringJobs",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NextDueUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastRunUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastRunBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecurringJobs", x => x.Name);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowInstances_TenantId_RecordKind_RecordId_Status",
                table: "WorkflowInstances",
                columns: new[] { "TenantId", "RecordKind", "RecordId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledJobs_OrderKey_CompletedUtc",
                table: "ScheduledJobs",
                columns: new[] { "OrderKey", "CompletedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RecurringJobs");

            migrationBuilder.DropIndex(
                name: "IX_WorkflowInstances_TenantId_RecordKind_RecordId_Status",
                table: "WorkflowInstances");

            migrationBuilder.DropIndex(
                name: "IX_ScheduledJobs_OrderKey_CompletedUtc",
                table: "ScheduledJobs");

            migrationBuilder.DropColumn(
                name: "RecordKind",
                table: "WorkflowInstances");

            migrationBuilder.DropColumn(
                name: "OrderKey",
                table: "ScheduledJobs");

            migrationBuilder.RenameColumn(
                name: "RecordId",
                table: "WorkflowInstances",
                newName: "ContentItemId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowInstances_TenantId_ContentItemId_Status",
                table: "WorkflowInstances",
                columns: new[] { "TenantId", "ContentItemId", "Status" });
        }
    }
}
