using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LetterTracker.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DispatchTracking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DaysToFirstReply",
                table: "Dispatches",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FirstReplyAt",
                table: "Dispatches",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ReferredFromDispatchId",
                table: "Dispatches",
                type: "TEXT",
                nullable: true);


            migrationBuilder.CreateTable(
                name: "DispatchTallies",
                columns: table => new
                {
                    RecipientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DispatchTallies", x => new { x.RecipientId, x.Status });
                    table.CheckConstraint("CK_DispatchTallies_Count", "\"Count\" >= 0");
                    table.ForeignKey(
                        name: "FK_DispatchTallies_Recipients_RecipientId",
                        column: x => x.RecipientId,
                        principalTable: "Recipients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Letters_SentTo",
                table: "Letters",
                column: "SentTo");

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_OccurredTo",
                table: "Incidents",
                column: "OccurredTo");

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_RecipientId_DaysToFirstReply",
                table: "Dispatches",
                columns: new[] { "RecipientId", "DaysToFirstReply" });

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_ReferredFromDispatchId",
                table: "Dispatches",
                column: "ReferredFromDispatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Dispatches_SentAt",
                table: "Dispatches",
                column: "SentAt");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Dispatches_DaysToFirstReply",
                table: "Dispatches",
                sql: "\"DaysToFirstReply\" IS NULL OR \"DaysToFirstReply\" >= 0");

            migrationBuilder.AddForeignKey(
                name: "FK_Dispatches_Dispatches_ReferredFromDispatchId",
                table: "Dispatches",
                column: "ReferredFromDispatchId",
                principalTable: "Dispatches",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Dispatches_Dispatches_ReferredFromDispatchId",
                table: "Dispatches");

            migrationBuilder.DropTable(
                name: "DispatchTallies");

            migrationBuilder.DropIndex(
                name: "IX_Letters_SentTo",
                table: "Letters");

            migrationBuilder.DropIndex(
                name: "IX_Incidents_OccurredTo",
                table: "Incidents");

            migrationBuilder.DropIndex(
                name: "IX_Dispatches_RecipientId_DaysToFirstReply",
                table: "Dispatches");

            migrationBuilder.DropIndex(
                name: "IX_Dispatches_ReferredFromDispatchId",
                table: "Dispatches");

            migrationBuilder.DropIndex(
                name: "IX_Dispatches_SentAt",
                table: "Dispatches");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Dispatches_DaysToFirstReply",
                table: "Dispatches");

            migrationBuilder.DropColumn(
                name: "DaysToFirstReply",
                table: "Dispatches");

            migrationBuilder.DropColumn(
                name: "FirstReplyAt",
                table: "Dispatches");

            migrationBuilder.DropColumn(
                name: "ReferredFromDispatchId",
                table: "Dispatches");

        }
    }
}
